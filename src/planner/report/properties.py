"""The PDF's document properties and how it opens: what QPdfWriter cannot set, appended as an update.

QPdfWriter writes a title, an author, a creator and XMP metadata; it has no
way to give the document a language (``/Lang``, which screen readers use to
pick a voice), a subject, or an opening view.  Those live in the document
catalog and the Info dictionary, so once Qt has closed the file this module
appends new versions of those two objects as an incremental update (ISO
32000-1, 7.5.6): Qt's bytes stay as written, every reader takes the newest
version of an object, and no PDF library is needed at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape


class PdfStructureError(RuntimeError):
    """The file is not laid out as Qt writes it (a classic cross-reference table and trailer)."""


@dataclass(frozen=True)
class Properties:
    title: str
    author: str
    subject: str
    language: str  # BCP 47: "en", "ar", "fa"
    creator: str  # the app and its version
    right_to_left: bool = False

    def xmp(self) -> bytes:
        """The same properties as XMP, for QPdfWriter.setDocumentXmpMetadata (newer readers prefer it)."""
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

        def alt(text: str) -> str:
            return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

        return (
            "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
            f"<dc:title>{alt(self.title)}</dc:title>"
            f"<dc:creator><rdf:Seq><rdf:li>{escape(self.author)}</rdf:li></rdf:Seq></dc:creator>"
            f"<dc:description>{alt(self.subject)}</dc:description>"
            f"<dc:language><rdf:Bag><rdf:li>{escape(self.language)}</rdf:li></rdf:Bag></dc:language>"
            f"<xmp:CreatorTool>{escape(self.creator)}</xmp:CreatorTool>"
            f"<xmp:CreateDate>{now}</xmp:CreateDate><xmp:ModifyDate>{now}</xmp:ModifyDate>"
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
        ).encode("utf-8")


def text_string(text: str) -> bytes:
    """A PDF text string that holds any character: UTF-16BE with its byte order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_REF = r"/{}\s+(\d+)\s+0\s+R"


def _ref(dictionary: bytes, key: str) -> int:
    found = re.search(_REF.format(key).encode(), dictionary)
    if not found:
        raise PdfStructureError(f"no /{key} reference")
    return int(found.group(1))


def _offsets(data: bytes, start: int) -> dict[int, int]:
    """Object number -> byte offset, from the cross-reference table at *start*."""
    table = re.compile(rb"xref\s+(\d+)\s+(\d+)\s+").match(data, start)
    if not table:
        raise PdfStructureError("no cross-reference table where startxref points")
    first, count = int(table.group(1)), int(table.group(2))
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf])", data[table.end(): table.end() + 20 * count + 20])
    return {first + i: int(offset) for i, (offset, _, kind) in enumerate(entries[:count]) if kind == b"n"}


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    """The dictionary text of object *number* (between its outer << and >>)."""
    if number not in offsets:
        raise PdfStructureError(f"object {number} is not in the cross-reference table")
    start = offsets[number]
    end = data.find(b"endobj", start)
    body = data[start:end]
    head = re.match(rb"\s*\d+\s+0\s+obj\s*<<", body)
    if not head or b">>" not in body:
        raise PdfStructureError(f"object {number} is not a dictionary")
    return body[head.end(): body.rindex(b">>")]


def update(path: Path, p: Properties) -> None:
    """Append the document's Info and catalog, with language, subject and opening view, to the PDF at *path*."""
    data = path.read_bytes()
    end = _STARTXREF.search(data)
    trailer = _TRAILER.search(data, data.rfind(b"trailer"))
    if not end or not trailer:
        raise PdfStructureError("no trailer")
    offsets = _offsets(data, int(end.group(1)))
    root, info = _ref(trailer.group(1), "Root"), _ref(trailer.group(1), "Info")
    catalog = _object(data, offsets, root)
    pages = _object(data, offsets, _ref(catalog, "Pages"))
    kids = re.search(rb"/Kids\s*\[\s*(\d+)\s+0\s+R", pages)
    if not kids:
        raise PdfStructureError("no first page")
    first_page = int(kids.group(1))
    page = _object(data, offsets, first_page)
    box = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", page)
    top = box.group(4).decode() if box else "0"
    kept = re.sub(rb"/(Lang|ViewerPreferences|OpenAction|PageLayout|PageMode)\s+(\([^)]*\)|<<.*?>>|\[[^\]]*\]|/\w+)",
                  b"", catalog, flags=re.S)
    direction = b"/R2L" if p.right_to_left else b"/L2R"
    new_catalog = (kept.strip() + b"\n/Lang " + text_string(p.language)
                   + b"\n/ViewerPreferences << /DisplayDocTitle true /Direction " + direction + b" >>"
                   + b"\n/PageLayout /OneColumn\n/PageMode /UseNone"
                   + f"\n/OpenAction [ {first_page} 0 R /FitH {top} ]".encode())
    stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ").encode()
    producer = re.search(rb"/Producer\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)", _object(data, offsets, info))
    new_info = (b"/Title " + text_string(p.title) + b"\n/Author " + text_string(p.author)
                + b"\n/Subject " + text_string(p.subject) + b"\n/Creator " + text_string(p.creator)
                + (b"\n/Producer " + producer.group(1) if producer else b"")  # Qt, which drew the pages
                + b"\n/CreationDate (" + stamp + b")\n/ModDate (" + stamp + b")")
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    written = {}
    for number, body in sorted(((root, new_catalog), (info, new_info))):
        written[number] = len(out)
        out += f"{number} 0 obj\n<<\n".encode() + body + b"\n>>\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number, offset in sorted(written.items()):
        out += f"{number} 1\n{offset:010d} 00000 n \n".encode()
    rest = re.sub(rb"/Prev\s+\d+", b"", trailer.group(1)).strip()
    out += b"trailer\n<<\n" + rest + f"\n/Prev {int(end.group(1))}\n>>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
