"""Screenshots of the check-in screen and a chart with a shaded Ramadan season and check-ins (issue 19).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/review_screenshots.py en docs/screenshots
"""
import sys
from datetime import date, time, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
lang, out = sys.argv[1], Path(sys.argv[2])
app = QApplication(sys.argv[:1])
from planner.app import configure_application
from planner.ui import preferences
configure_application(app)
preferences.apply(app, preferences.Preferences(language=lang))
from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import Season
from planner.store import plan_file
from planner.store.repository import Repository
from planner.ui.main_window import MainWindow
from planner.ui.dialogs.checkin_dialog import CheckInDialog
path = Path("/tmp") / f"review-shots-{lang}.sgplan"
for p in path.parent.glob(f"review-shots-{lang}.sgplan*"):
    p.unlink()
pf = plan_file.create(path, business_name="Nour Bakery" if lang == "en" else "مخبز نور")
repo = Repository(pf.db)
t = {"en": ("Instagram followers to 3,000", "Website visits from social", "Catering leads a month"),
     "ar": ("متابعو إنستغرام إلى 3٬000", "زيارات الموقع من الشبكات", "طلبات التموين شهريًا")}[lang]
g1 = repo.add_goal(Goal(t[0], "awareness", "followers", 1000, 3000, date(2026, 10, 5), date(2027, 6, 30),
                        platforms=(GoalPlatform("instagram"),)),
                   [Observation(0, date(2026, 10, 5) + timedelta(days=7 * i), 1000 + 38 * i + (i % 3) * 9, "instagram") for i in range(6)])
g2 = repo.add_goal(Goal(t[1], "traffic", "website_visits", 100, 300, date(2026, 10, 5), date(2027, 6, 30),
                        platforms=(GoalPlatform("website"),)), [Observation(0, date(2026, 11, 8), 150, "website")])
g3 = repo.add_goal(Goal(t[2], "leads", "leads", 10, 40, date(2026, 9, 1), date(2027, 6, 30),
                        platforms=(GoalPlatform("facebook"),)), [Observation(0, date(2026, 10, 1), 12, "facebook")])
repo.set_seasons([Season("Ramadan" if lang == "en" else "رمضان", date(2027, 2, 8), date(2027, 3, 8), 2.0),
                  Season("Eid al-Fitr" if lang == "en" else "عيد الفطر", date(2027, 3, 9), date(2027, 3, 11), 0.0)])
repo.check_in([], [CheckIn(g1.id, date(2026, 10, 19), 3, "slow start" if lang == "en" else "بداية بطيئة"),
                   CheckIn(g1.id, date(2026, 11, 2), 4, "Ramadan series planned" if lang == "en" else "خططنا لسلسلة رمضان")])
repo.set_review_schedule(Schedule(Weekday.SUNDAY, time(9, 0)))
pf.close()
w = MainWindow(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
w.resize(1400, 860)
w.show()
w.open_path(path)
w.document.set_today(date(2026, 11, 22))
app.processEvents()
w.grab().save(str(out / f"review-overview-{lang}.png"))
w.goal_list.select_goal(g1.id)
for _ in range(5):
    app.processEvents()
w.grab().save(str(out / f"chart-seasons-checkins-{lang}.png"))
d = CheckInDialog(w.document, w)
d.resize(820, 700)
d.show()
d.figure_edits()[0].setText("14")
d.entries[0].confidence.setCurrentIndex(3)
d.entries[0].note.setText("ran an ad" if lang == "en" else "نشرنا إعلانًا")
for _ in range(5):
    app.processEvents()
d.grab().save(str(out / f"checkin-{lang}.png"))
d.close()
w.set_document(None)
w.close()
