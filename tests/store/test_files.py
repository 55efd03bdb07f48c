"""Making files safely (``planner.store.files``): the names refused as outputs, the temporary file that becomes
the target at once, the leftovers of a crash, and the private folders (mutation testing, issue 12)."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from planner.store import files
from planner.store.errors import PlanFileError


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield
    os.umask(old)


def test_a_new_file_gets_the_permissions_of_the_users_umask(umask_027, monkeypatch):
    assert files.user_file_mode() == 0o640

    def no_proc(*args, **kwargs):
        raise OSError("no /proc here")

    monkeypatch.setattr(files, "open", no_proc, raising=False)  # macOS, Windows: the umask is read by setting it
    assert files.user_file_mode() == 0o640
    assert os.umask(0o027) == 0o027  # and set back


def test_what_a_file_that_is_not_a_plain_file_is(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock"))
        assert files.kind_of(os.stat(tmp_path / "sock").st_mode) == "a socket"
    assert files.kind_of(os.stat(tmp_path).st_mode) == "a folder"
    assert files.kind_of(os.stat(tmp_path / "pipe").st_mode) == "a named pipe"
    assert files.kind_of(os.stat("/dev/null").st_mode) == "a device"
    assert files.kind_of(stat.S_IFBLK) == "a device"
    assert files.kind_of(stat.S_IFREG) == "a file"  # where a folder should be
    assert files.kind_of(stat.S_IFLNK) == "not a plain file"


def test_only_a_plain_file_is_read(tmp_path):
    plain = tmp_path / "plan.sgplan"
    plain.write_bytes(b"12345")
    assert files.require_regular(plain).st_size == 5
    with pytest.raises(PlanFileError, match="the file does not exist"):
        files.require_regular(tmp_path / "missing.sgplan")
    with pytest.raises(PlanFileError, match="this is a folder, not a plan file$"):
        files.require_regular(tmp_path, "plan file")
    with pytest.raises(PlanFileError, match="this is a device, not a file$"):
        files.require_regular(Path("/dev/null"))
    with pytest.raises(PlanFileError, match=r"the file cannot be read \(Not a directory\)"):
        files.require_regular(plain / "inside")


def test_one_file_through_links_of_either_kind(tmp_path):
    a = tmp_path / "a"
    a.write_bytes(b"x")
    os.link(a, tmp_path / "hard")
    os.symlink(a, tmp_path / "soft")
    (tmp_path / "b").write_bytes(b"x")
    assert files.same_file(a, tmp_path / "hard") and files.same_file(tmp_path / "soft", a)
    assert not files.same_file(a, tmp_path / "b")
    assert not files.same_file(a, tmp_path / "missing") and not files.same_file(tmp_path / "missing", a)


def test_the_files_that_belong_to_a_plan(tmp_path):
    plan = tmp_path / "shop.sgplan"
    assert files.companions(plan) == [plan, tmp_path / "shop.sgplan-wal", tmp_path / "shop.sgplan-shm",
                                      tmp_path / "shop.sgplan-journal", tmp_path / "shop.sgplan.lock",
                                      tmp_path / "shop.sgplan.backups"]


# ----------------------------------------------------------------------------- where an output may go


def test_an_output_without_a_name_or_in_no_folder_is_refused(tmp_path):
    with pytest.raises(PlanFileError, match='^"": no file name was given$'):
        files.check_output(Path("."))
    with pytest.raises(PlanFileError, match="no file name was given"):
        files.check_output(Path("  "))
    with pytest.raises(PlanFileError, match="no file name was given"):
        files.check_output(tmp_path / "..")
    with pytest.raises(PlanFileError, match="this is a folder; give the name of a file to write"):
        files.check_output(tmp_path)
    with pytest.raises(PlanFileError, match="this is a device; give the name of a file to write"):
        files.check_output(Path("/dev/null"))
    with pytest.raises(PlanFileError, match=f"the folder {tmp_path / 'nowhere'} does not exist"):
        files.check_output(tmp_path / "nowhere" / "report.pdf")


def test_an_output_may_replace_a_file_or_a_dangling_link(tmp_path):
    (tmp_path / "old.pdf").write_bytes(b"%PDF")
    assert files.check_output(tmp_path / "old.pdf") == tmp_path / "old.pdf"
    os.symlink(tmp_path / "gone", tmp_path / "dangling.pdf")
    assert files.check_output(tmp_path / "dangling.pdf") == tmp_path / "dangling.pdf"
    assert files.check_output(str(tmp_path / "new.pdf")) == tmp_path / "new.pdf"


@pytest.mark.parametrize("name", ["shop.sgplan", "shop.sgplan-wal", "shop.sgplan-shm", "shop.sgplan-journal",
                                  "shop.sgplan.lock", "shop.sgplan.backups/copy.sgplan", "hard.sgplan",
                                  "soft.sgplan", "linked/shop.sgplan"])
def test_an_output_onto_the_plan_or_its_own_files_is_refused(tmp_path, name):
    plan = tmp_path / "shop.sgplan"
    plan.write_bytes(b"plan")
    (tmp_path / "shop.sgplan.backups").mkdir()
    os.link(plan, tmp_path / "hard.sgplan")
    os.symlink(plan, tmp_path / "soft.sgplan")
    os.symlink(tmp_path, tmp_path / "linked")
    with pytest.raises(PlanFileError, match=r"this is the plan itself or one of its own files \(journal, lock or "
                                            r"backups\); choose another name"):
        files.check_output(tmp_path / name, plan)
    assert files.check_output(tmp_path / "shop.sgplan.pdf", plan) == tmp_path / "shop.sgplan.pdf"


def test_an_output_onto_the_real_file_behind_a_linked_plan_is_refused(tmp_path):
    real = tmp_path / "real.sgplan"
    real.write_bytes(b"plan")
    os.symlink(real, tmp_path / "link.sgplan")
    with pytest.raises(PlanFileError, match="one of its own files"):
        files.check_output(tmp_path / "real.sgplan-wal", tmp_path / "link.sgplan")


# ----------------------------------------------------------------------------- a new file


def test_a_new_file_is_written_aside_and_put_in_place_at_once(tmp_path, umask_027):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with files.NewFile(target) as new:
        assert new.path.parent == tmp_path and new.path.name.startswith(".report.pdf.")
        assert new.path.name.endswith(".sgptmp") and len(new.path.name) == len(".report.pdf.") + 8 + 7
        new.path.write_bytes(b"new")
        assert target.read_bytes() == b"old"
        assert new.commit() == target
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640  # the umask's, not mkstemp's 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    with pytest.raises(ValueError, match="already committed or discarded"):
        new.commit()


def test_a_new_file_left_without_commit_is_removed(tmp_path):
    with files.NewFile(tmp_path / "copy.sgplan", mode=0o600) as new:
        new.path.write_bytes(b"half")
    assert list(tmp_path.iterdir()) == []
    new.discard()  # twice is nothing
    with files.NewFile(tmp_path / "copy.sgplan", mode=0o600) as new:
        new.path.write_bytes(b"whole")
        new.commit()
    assert stat.S_IMODE(os.stat(tmp_path / "copy.sgplan").st_mode) == 0o600


def test_a_long_name_is_cut_in_the_temporary_name(tmp_path):
    target = tmp_path / ("x" * 150 + ".pdf")
    with files.NewFile(target) as new:
        assert new.path.name == "." + "x" * 100 + "." + new.path.name[102:110] + ".sgptmp"


def test_leftovers_of_a_dead_writer_are_removed_and_a_live_ones_kept(tmp_path):
    dead = tmp_path / ".report.pdf.abcd_123.sgptmp"
    dead.write_bytes(b"half")
    other = [tmp_path / "notes.sgptmp", tmp_path / ".report.pdf.abc.sgptmp", tmp_path / ".x.ABCD1234.sgptmp"]
    for path in other:
        path.write_bytes(b"not ours")
    os.symlink(tmp_path / "notes.sgptmp", tmp_path / ".y.abcd1234.sgptmp")  # a link: never followed nor removed
    (tmp_path / ".z.abcd1234.sgptmp").mkdir()
    with files.NewFile(tmp_path / "live.pdf") as live:  # cleans what it finds, then holds its own
        assert not dead.exists()
        dead.write_bytes(b"half again")
        assert files.clean_leftovers(tmp_path) == [dead]
        assert live.path.exists()
    assert all(p.exists() for p in other) and (tmp_path / ".y.abcd1234.sgptmp").is_symlink()
    assert (tmp_path / ".z.abcd1234.sgptmp").is_dir()
    assert files.clean_leftovers(tmp_path / "missing") == []


# ----------------------------------------------------------------------------- private folders


def test_a_private_folder_is_made_for_the_user_alone(tmp_path):
    made = files.verified_folder(tmp_path / "plan.backups", "backups folder")
    assert made == tmp_path / "plan.backups"
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o700
    assert files.verified_folder(made, "backups folder") == made  # there already


def test_a_folder_that_cannot_be_trusted_is_refused_with_why(tmp_path):
    with pytest.raises(PlanFileError, match=r"the backups folder cannot be made \(No such file or directory\)"):
        files.verified_folder(tmp_path / "missing" / "b", "backups folder")
    os.symlink(tmp_path, tmp_path / "link")
    with pytest.raises(PlanFileError, match="the backups folder is a link to another place; move it away"):
        files.verified_folder(tmp_path / "link", "backups folder")
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(PlanFileError, match="the backups folder should be a folder but is a file$"):
        files.verified_folder(tmp_path / "file", "backups folder")
    open_folder = tmp_path / "open"
    open_folder.mkdir()
    os.chmod(open_folder, 0o757)
    with pytest.raises(PlanFileError, match="other users can write to the backups folder"):
        files.verified_folder(open_folder, "backups folder")
    os.chmod(open_folder, 0o775)
    with pytest.raises(PlanFileError, match="other users can write to the backups folder"):
        files.verified_folder(open_folder, "backups folder")
    os.chmod(open_folder, 0o755)
    assert files.verified_folder(open_folder, "backups folder") == open_folder


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user takes root")
def test_a_folder_of_another_user_is_refused(tmp_path):
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 1234, 1234)
    with pytest.raises(PlanFileError, match="the backups folder belongs to another user"):
        files.verified_folder(theirs, "backups folder")


def test_every_refusal_names_the_file_it_refuses(tmp_path):
    plan = tmp_path / "shop.sgplan"
    plan.write_bytes(b"plan")
    (tmp_path / "file").write_bytes(b"")
    os.symlink(tmp_path, tmp_path / "link")
    cases = [
        (lambda: files.check_output(Path("  ")), Path("  "), "no file name was given"),
        (lambda: files.check_output(tmp_path), tmp_path, "this is a folder; give the name of a file to write"),
        (lambda: files.check_output(tmp_path / "no" / "x.pdf"), tmp_path / "no" / "x.pdf",
         f"the folder {tmp_path / 'no'} does not exist"),
        (lambda: files.check_output(plan, plan), plan,
         "this is the plan itself or one of its own files (journal, lock or backups); choose another name"),
        (lambda: files.require_regular(tmp_path / "missing"), tmp_path / "missing", "the file does not exist"),
        (lambda: files.require_regular(tmp_path / "file" / "x"), tmp_path / "file" / "x",
         "the file cannot be read (Not a directory)"),
        (lambda: files.require_regular(tmp_path), tmp_path, "this is a folder, not a file"),
        (lambda: files.verified_folder(tmp_path / "no" / "b", "backups folder"), tmp_path / "no" / "b",
         "the backups folder cannot be made (No such file or directory)"),
        (lambda: files.verified_folder(tmp_path / "link", "backups folder"), tmp_path / "link",
         "the backups folder is a link to another place; move it away so that a real folder can be made"),
        (lambda: files.verified_folder(tmp_path / "file", "backups folder"), tmp_path / "file",
         "the backups folder should be a folder but is a file"),
    ]
    for call, path, problem in cases:
        with pytest.raises(PlanFileError) as caught:
            call()
        assert (caught.value.path, caught.value.problem) == (path, problem)
    os.chmod(tmp_path, 0o777)
    try:
        with pytest.raises(PlanFileError) as caught:
            files.verified_folder(tmp_path, "backups folder")
        assert caught.value.path == tmp_path
    finally:
        os.chmod(tmp_path, 0o700)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user takes root")
def test_a_folder_of_another_user_is_named(tmp_path):
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 1234, 1234)
    with pytest.raises(PlanFileError) as caught:
        files.verified_folder(theirs, "backups folder")
    assert caught.value.path == theirs


def test_the_usual_umask_gives_files_everyone_can_read(monkeypatch):
    old = os.umask(0o022)
    try:
        assert files.user_file_mode() == 0o644
        monkeypatch.setattr(files, "open", lambda *a, **k: (_ for _ in ()).throw(OSError("no /proc")), raising=False)
        assert files.user_file_mode() == 0o644
    finally:
        os.umask(old)


def test_a_named_pipe_with_a_temporary_name_is_not_waited_on(tmp_path, monkeypatch):
    # opening a pipe without O_NONBLOCK waits for a writer forever: the open is checked instead of made to hang
    os.mkfifo(tmp_path / ".x.abcd1234.sgptmp")
    real_open = os.open

    def checked_open(path, flags, *args, **kwargs):
        if str(path).endswith(".sgptmp"):
            assert flags & os.O_NONBLOCK and flags & os.O_NOFOLLOW, "a leftover is opened so that it could block"
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", checked_open)
    assert files.clean_leftovers(tmp_path) == []
    assert stat.S_ISFIFO(os.lstat(tmp_path / ".x.abcd1234.sgptmp").st_mode)


def test_a_temporary_file_someone_removed_is_discarded_quietly(tmp_path):
    with files.NewFile(tmp_path / "out.pdf") as new:
        new.path.unlink()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="^the file was already committed or discarded$"):
        new.commit()
