<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="97"/>
        <source>Show the whole goal (reset zoom)</source>
        <translation>نمایش کل دورهٔ هدف (بازنشانی بزرگ‌نمایی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="98"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>خروجی گرفتن از نمودار به‌صورت PNG یا SVG</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="169"/>
        <source>target line: %1</source>
        <translation>خط هدف: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="184"/>
        <source>Export chart</source>
        <translation>خروجی نمودار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="184"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>تصویر PNG (*.png);;طرح برداری SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="190"/>
        <source>The chart was not exported</source>
        <translation>از نمودار خروجی گرفته نشد</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="36"/>
        <source>Open the &amp;sample plan</source>
        <translation>باز کردن برنامهٔ &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="47"/>
        <source>Create your first goal</source>
        <translation>اولین هدف خود را بسازید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="49"/>
        <source>Turn “I want more followers” into a goal you can reach: pick what you want, how you will measure it, on which platforms, and by when. Then enter your figures and see if you are on track.</source>
        <translation>«دنبال‌کنندهٔ بیشتری می‌خواهم» را به هدفی دست‌یافتنی تبدیل کنید: انتخاب کنید چه می‌خواهید، آن را چطور می‌سنجید، در کدام پلتفرم‌ها و تا چه زمانی. بعد ارقام خود را وارد کنید و ببینید در مسیر درست هستید یا نه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="51"/>
        <source>&amp;Create your first goal</source>
        <translation>&amp;ساختن اولین هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="55"/>
        <source>No plan is open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="56"/>
        <source>Open a plan file, start a new one, or look around the sample plan.</source>
        <translation>یک فایل برنامه را باز کنید، برنامهٔ تازه‌ای شروع کنید یا نگاهی به برنامهٔ نمونه بیندازید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="57"/>
        <source>&amp;Open a plan…</source>
        <translation>&amp;باز کردن یک برنامه…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="25"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="26"/>
        <source>&amp;All goals that are not archived</source>
        <translation>&amp;همهٔ هدف‌هایی که بایگانی نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="28"/>
        <source>&amp;These goals:</source>
        <translation>&amp;این هدف‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="43"/>
        <source>The usual paper where you are</source>
        <translation>کاغذ رایج در منطقهٔ شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="45"/>
        <source>US Letter</source>
        <translation>Letter آمریکایی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="53"/>
        <source>&amp;Paper:</source>
        <translation>&amp;کاغذ:</translation>
    </message>
</context>
<context>
    <name>FigureDelegate</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="196"/>
        <source>Not saved: “%1” is not a number.</source>
        <translation>ذخیره نشد: «%1» عدد نیست.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="237"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="237"/>
        <source>Add a figure</source>
        <translation>افزودن یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="239"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="239"/>
        <source>Delete the selected figures</source>
        <translation>حذف ارقام انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="241"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="241"/>
        <source>Paste rows copied from a spreadsheet (date, value)</source>
        <translation>چسباندن ردیف‌های کپی‌شده از صفحه‌گسترده (تاریخ، مقدار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="243"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="243"/>
        <source>Import figures from a platform&apos;s export file</source>
        <translation>وارد کردن ارقام از فایل خروجی یک پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="296"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="328"/>
        <source>Deleted %1 figures. Edit &gt; Undo brings them back.</source>
        <translation>%1 رقم حذف شد. با ویرایش &gt; واگرد برمی‌گردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="349"/>
        <source>Some rows were not pasted</source>
        <translation>برخی ردیف‌ها چسبانده نشدند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="350"/>
        <source>%1 rows were added; %2 could not be read:</source>
        <translation>%1 ردیف اضافه شد؛ %2 ردیف خوانده نشد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="352"/>
        <source>Pasted %1 figures.</source>
        <translation>%1 رقم چسبانده شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="370"/>
        <source>“%1” is not a date (write it as %2 or YYYY-MM-DD)</source>
        <translation>«%1» تاریخ نیست (آن را به شکل %2 یا YYYY-MM-DD بنویسید)</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="49"/>
        <source>%1 of the way</source>
        <translation>%1 از مسیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="51"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 از %3</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="137"/>
        <source>&amp;Figures</source>
        <translation>&amp;ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="138"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="186"/>
        <source>Fi&amp;ndings</source>
        <translation>&amp;یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="139"/>
        <source>SMART &amp;details</source>
        <translation>&amp;جزئیات SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="169"/>
        <source> (archived)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="173"/>
        <source>latest %1 on %2</source>
        <translation>آخرین رقم %1 در %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="175"/>
        <source>no figures yet</source>
        <translation>هنوز رقمی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="185"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>&amp;یافته‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>GoalListPanel</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="229"/>
        <source>Show goals</source>
        <translation>نمایش هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="230"/>
        <source>All goals</source>
        <translation>همهٔ هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="234"/>
        <source>Archived</source>
        <translation>بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="235"/>
        <source>Show archived goals too</source>
        <translation>هدف‌های بایگانی‌شده هم نشان داده شوند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="241"/>
        <source>Goals</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="243"/>
        <source>&amp;Goals</source>
        <translation>&amp;هدف‌ها</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="38"/>
        <source>Edit goal</source>
        <translation>ویرایش هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="38"/>
        <source>New goal</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="44"/>
        <source>&amp;Save changes</source>
        <translation>&amp;ذخیرهٔ تغییرات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="44"/>
        <source>&amp;Create goal</source>
        <translation>&amp;ساختن هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="170"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="63"/>
        <source>Import figures into “%1”</source>
        <extracomment>Date formats a home-made table may use, each shown by an example.</extracomment>
        <translation>وارد کردن ارقام به «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="77"/>
        <source>Your own table: which columns hold what?</source>
        <translation>جدول خودتان: کدام ستون چه چیزی دارد؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="82"/>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="85"/>
        <source>&amp;Read with these columns</source>
        <translation>&amp;خواندن با این ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="89"/>
        <source>&amp;Date column:</source>
        <translation>ستون &amp;تاریخ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="90"/>
        <source>&amp;Value column:</source>
        <translation>ستون &amp;مقدار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="91"/>
        <source>Date &amp;format:</source>
        <translation>&amp;قالب تاریخ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="101"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="101"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="101"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="102"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="108"/>
        <source>&amp;Keep the figures already in the plan</source>
        <translation>&amp;نگه داشتن ارقامی که از قبل در برنامه هست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="110"/>
        <source>&amp;Replace them with the file&apos;s figures</source>
        <translation>&amp;جایگزینی آن‌ها با ارقام فایل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="116"/>
        <source>Days that already have a figure</source>
        <translation>روزهایی که از قبل رقم دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="126"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="134"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="135"/>
        <source>Recognised as:</source>
        <translation>شناسایی‌شده به‌عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="136"/>
        <source>Figures without a platform are for:</source>
        <translation>ارقام بدون پلتفرم مربوط به:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="139"/>
        <source>First rows understood:</source>
        <translation>اولین ردیف‌های خوانده‌شده:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="142"/>
        <source>Rows left out, and why:</source>
        <translation>ردیف‌های کنارگذاشته‌شده و دلیل آن:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="163"/>
        <source>Not recognised</source>
        <translation>شناسایی نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="164"/>
        <source>%1: %2. Nothing will be imported.</source>
        <translation>%1: %2. چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="182"/>
        <source>This file has no figures of %1 (%2). It has: %3. %4</source>
        <translation>این فایل هیچ رقمی از %1 (%2) ندارد. آنچه دارد: %3. %4</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="184"/>
        <source>nothing this goal can use</source>
        <translation>هیچ چیز قابل استفاده برای این هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="185"/>
        <source>Choose the date and value columns above.</source>
        <translation>ستون‌های تاریخ و مقدار را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="207"/>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="220"/>
        <source>… and %1 more</source>
        <translation>… و %1 مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="224"/>
        <source>No figure could be read (%1 rows left out). Nothing will be imported.</source>
        <translation>هیچ رقمی خوانده نشد (%1 ردیف کنار گذاشته شد). چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="229"/>
        <source>%1 figures understood, from %2 to %3. %4 rows left out. %5 days already have a figure.</source>
        <translation>%1 رقم خوانده شد، از %2 تا %3. %4 ردیف کنار گذاشته شد. %5 روز از قبل رقم دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="253"/>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="283"/>
        <source>Cancelled. The plan was not changed.</source>
        <translation>لغو شد. برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="285"/>
        <source>The import failed: %1. The plan was not changed.</source>
        <translation>وارد کردن ناموفق بود: %1. برنامه تغییری نکرد.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/fields.py" line="64"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="96"/>
        <source>&amp;New plan…</source>
        <translation>برنامهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="97"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;باز کردن برنامه…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="98"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;ذخیرهٔ رونوشت با نام…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="99"/>
        <source>Import &amp;figures…</source>
        <translation>وارد کردن &amp;ارقام…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="101"/>
        <source>Import figures from a platform&apos;s analytics export into the selected goal</source>
        <translation>وارد کردن ارقام از فایل خروجی آمار یک پلتفرم به هدف انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="103"/>
        <source>Export &amp;PDF summary…</source>
        <translation>خروجی &amp;گزارش خلاصهٔ PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="104"/>
        <source>A PDF of your goals, their charts and findings, to print or send</source>
        <translation>یک PDF از هدف‌ها، نمودارها و یافته‌هایشان برای چاپ یا ارسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="106"/>
        <source>Import plan from &amp;JSON…</source>
        <translation>وارد &amp;کردن برنامه از JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="107"/>
        <source>&amp;Export plan as JSON…</source>
        <translation>خروجی برنامه به‌&amp;صورت JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="108"/>
        <source>Restore from &amp;backup…</source>
        <translation>بازیابی از &amp;پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="109"/>
        <source>Replace the plan with one of its automatic backups</source>
        <translation>جایگزینی برنامه با یکی از پشتیبان‌های خودکار آن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="111"/>
        <source>&amp;Close plan</source>
        <translation>ب&amp;ستن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="114"/>
        <source>Open &amp;sample plan</source>
        <translation>باز کردن برنامهٔ &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="115"/>
        <source>&amp;About Social Goal Planner</source>
        <translation>&amp;دربارهٔ Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="117"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="120"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="128"/>
        <source>&amp;New goal…</source>
        <translation>هدف &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="129"/>
        <source>Create a goal with the SMART wizard</source>
        <translation>ساختن یک هدف با راهنمای گام‌به‌گام SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="130"/>
        <source>&amp;Edit goal…</source>
        <translation>&amp;ویرایش هدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="131"/>
        <source>D&amp;uplicate goal</source>
        <translation>&amp;تکثیر هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="133"/>
        <location filename="../../src/planner/ui/main_window.py" line="317"/>
        <source>&amp;Archive goal</source>
        <translation>&amp;بایگانی هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="135"/>
        <source>&amp;Delete goal…</source>
        <translation>&amp;حذف هدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="146"/>
        <source>Open &amp;recent</source>
        <translation>باز کردن &amp;موارد اخیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="159"/>
        <source>&amp;Goal</source>
        <translation>&amp;هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="172"/>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="185"/>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="235"/>
        <source>(no recent plans)</source>
        <translation>(برنامهٔ اخیری نیست)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="238"/>
        <source>Clear the list</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="265"/>
        <source>The plan cannot be opened</source>
        <translation>برنامه باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="266"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="270"/>
        <source>Opened read-only: %1</source>
        <translation>فقط برای خواندن باز شد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="272"/>
        <source>Opened read-only</source>
        <translation>فقط برای خواندن باز شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="273"/>
        <source>%1

This plan is open read-only: %2.</source>
        <translation>%1

این برنامه فقط برای خواندن باز است: %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="276"/>
        <source>The plan was updated to the new format; a backup was kept at %1</source>
        <translation>برنامه به قالب جدید به‌روزرسانی شد؛ یک نسخهٔ پشتیبان در %1 نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="290"/>
        <source>No plan open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="297"/>
        <source> (read-only: %1)</source>
        <translation> (فقط خواندنی: %1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="298"/>
        <source>%1 — saved in %2%3</source>
        <translation>%1 — ذخیره‌شده در %2%3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="316"/>
        <source>Restore goal</source>
        <translation>بازگرداندن هدف از بایگانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="364"/>
        <source>%1 (copy)</source>
        <translation>%1 (رونوشت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="365"/>
        <source>Duplicate goal “%1”</source>
        <translation>تکثیر هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="380"/>
        <source>Delete goal</source>
        <translation>حذف هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="381"/>
        <source>Delete “%1” and its %2 figures? You can undo this with Edit &gt; Undo until you close the plan.</source>
        <translation>«%1» و %2 رقم آن حذف شود؟ تا وقتی برنامه را نبسته‌اید، می‌توانید با ویرایش &gt; واگرد آن را برگردانید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="382"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="387"/>
        <source>Social Goal Planner plans (*%1);;All files (*)</source>
        <translation>برنامه‌های Social Goal Planner (*%1);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="393"/>
        <location filename="../../src/planner/ui/main_window.py" line="400"/>
        <source>New plan</source>
        <translation>برنامهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="400"/>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 از قبل وجود دارد. آن را باز کنید یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="406"/>
        <source>Open plan</source>
        <translation>باز کردن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="414"/>
        <source>Save a copy as</source>
        <translation>ذخیرهٔ رونوشت با نام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="420"/>
        <source>The copy was not saved</source>
        <translation>رونوشت ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="422"/>
        <source>Saved a copy to %1</source>
        <translation>یک رونوشت در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="436"/>
        <source>The backup was not restored</source>
        <translation>پشتیبان بازیابی نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="440"/>
        <source>Restored the plan from %1; the plan as it was is kept in %2</source>
        <translation>برنامه از %1 بازیابی شد؛ نسخهٔ قبلی برنامه در %2 نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="460"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="461"/>
        <source>The new language applies when Social Goal Planner starts again. Restart now? Your plan is saved.</source>
        <translation>زبان جدید پس از اجرای دوبارهٔ Social Goal Planner اعمال می‌شود. همین حالا دوباره اجرا شود؟ برنامهٔ شما ذخیره شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="462"/>
        <source>Restart now</source>
        <translation>اجرای دوباره</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="478"/>
        <source>Sample plan</source>
        <translation>برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="488"/>
        <source>The sample plan cannot be made</source>
        <translation>برنامهٔ نمونه ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="497"/>
        <source>Export plan as JSON</source>
        <translation>خروجی برنامه به‌صورت JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="497"/>
        <source>Plan JSON (*.json)</source>
        <translation>فایل JSON برنامه (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="504"/>
        <source>The plan was not exported</source>
        <translation>از برنامه خروجی گرفته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="506"/>
        <source>Exported %1 goals to %2</source>
        <translation>خروجی %1 هدف در %2 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="513"/>
        <source>Import plan from JSON</source>
        <translation>وارد کردن برنامه از JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="513"/>
        <source>Plan JSON (*.json);;All files (*)</source>
        <translation>فایل JSON برنامه (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="521"/>
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="522"/>
        <source>%1 has problems; the plan was not changed.</source>
        <translation>%1 ایراد دارد؛ برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="528"/>
        <source>Imported %1 goals from %2</source>
        <translation>%1 هدف از %2 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="539"/>
        <location filename="../../src/planner/ui/main_window.py" line="546"/>
        <location filename="../../src/planner/ui/main_window.py" line="571"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="540"/>
        <source>The plan has no goals yet, so there is nothing to report. Create a goal first.</source>
        <translation>این برنامه هنوز هدفی ندارد، پس چیزی برای گزارش نیست. اول یک هدف بسازید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="546"/>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="558"/>
        <location filename="../../src/planner/ui/main_window.py" line="561"/>
        <source>The PDF was not made</source>
        <translation>PDF ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="568"/>
        <source>The PDF export was cancelled; nothing was written.</source>
        <translation>خروجی PDF لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="570"/>
        <source>Wrote the PDF summary to %1</source>
        <translation>گزارش خلاصهٔ PDF در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="571"/>
        <source>The PDF is ready:
%1

Open it now?</source>
        <translation>فایل PDF آماده است:
%1

همین حالا باز شود؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="572"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="576"/>
        <source>no plan is open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="577"/>
        <source>About Social Goal Planner</source>
        <translation>دربارهٔ Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="578"/>
        <source>%1 %2

Plan SMART social-media goals, track your real figures against them, and get warned when a goal is unrealistic. Everything stays on this computer.

This plan is saved in:
%3

Your data folder:
%4</source>
        <translation>%1 %2

هدف‌های SMART برای شبکه‌های اجتماعی تعیین کنید، ارقام واقعی خود را با آن‌ها مقایسه کنید و وقتی هدفی واقع‌بینانه نیست، هشدار بگیرید. همه‌چیز روی همین رایانه می‌ماند.

این برنامه در این مسیر ذخیره شده است:
%3

پوشهٔ داده‌های شما:
%4</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="586"/>
        <location filename="../../src/planner/ui/main_window.py" line="595"/>
        <source>Import figures</source>
        <translation>وارد کردن ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="587"/>
        <source>Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;All files (*)</source>
        <translation>خروجی‌های آمار پلتفرم‌ها (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="596"/>
        <source>Select the goal the figures belong to, then import the file again.</source>
        <translation>هدفی را که این ارقام به آن مربوط است انتخاب کنید، سپس فایل را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="605"/>
        <source>Imported figures from %1</source>
        <translation>ارقام از %1 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/app.py" line="73"/>
        <source>Opening your plan…</source>
        <extracomment>How often a busy worker thread hands the interpreter back to the window (seconds). Python&apos;s default, 5 ms, makes every paint wait 5 ms at each step between Qt and Python while an import runs: a chart&apos;s repaint then takes half a second. 1 ms keeps the window fluid.</extracomment>
        <translation>در حال باز کردن برنامهٔ شما…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="33"/>
        <source>Make it specific and measurable</source>
        <translation>هدف را مشخص و قابل اندازه‌گیری کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="34"/>
        <source>Say exactly what you want, and how you will know you got there: one KPI, where you are now, and the number you aim for. “Lots of followers” cannot be measured; “2,400 Instagram followers” can.</source>
        <translation>دقیقاً بگویید چه می‌خواهید و از کجا می‌فهمید به آن رسیده‌اید: یک شاخص (KPI)، جایی که الان هستید و عددی که هدف گرفته‌اید. «دنبال‌کنندهٔ زیاد» قابل اندازه‌گیری نیست؛ «۲٬۴۰۰ دنبال‌کننده در اینستاگرام» هست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="39"/>
        <source>e.g. Grow Instagram followers to 2,400</source>
        <translation>مثلاً: رساندن دنبال‌کننده‌های اینستاگرام به ۲٬۴۰۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="44"/>
        <source>e.g. Grow our Instagram followers from 1,200 to 2,400 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>مثلاً: دنبال‌کننده‌های اینستاگراممان را ظرف ده ماه از ۱٬۲۰۰ به ۲٬۴۰۰ برسانیم، با انتشار ریلز از پخت صبحگاهی چهار بار در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="49"/>
        <source>Show every KPI</source>
        <translation>نمایش همهٔ شاخص‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="50"/>
        <source>Offer KPIs the catalog lists for other objectives too</source>
        <translation>شاخص‌هایی را هم که فهرست برای هدف‌های کلی دیگر آورده است پیشنهاد بده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="54"/>
        <source>where you are now</source>
        <translation>جایی که الان هستید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="56"/>
        <source>where you want to be</source>
        <translation>جایی که می‌خواهید برسید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="60"/>
        <source>followers or subscribers today</source>
        <translation>دنبال‌کننده یا مشترک در حال حاضر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="62"/>
        <source>Rates fall as accounts grow: the figures of accounts your size are used to judge the target.</source>
        <translation>نرخ‌ها با بزرگ‌شدن حساب پایین می‌آیند: برای سنجیدن هدف، ارقام حساب‌های هم‌اندازهٔ حساب شما به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="64"/>
        <source>&amp;Followers now:</source>
        <translation>&amp;دنبال‌کنندگان اکنون:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="67"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="68"/>
        <source>&amp;Goal, in a sentence:</source>
        <translation>هدف، در یک &amp;جمله:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="69"/>
        <source>&amp;KPI:</source>
        <translation>&amp;شاخص (KPI):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="72"/>
        <source>&amp;Baseline:</source>
        <translation>مقدار &amp;پایه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="74"/>
        <source>&amp;Target:</source>
        <translation>مقدار &amp;هدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="120"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="121"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="123"/>
        <source>Unit: %1 · %2</source>
        <translation>واحد: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="130"/>
        <source>Your latest figure for this KPI: %1</source>
        <translation>آخرین رقم شما برای این شاخص: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="149"/>
        <source>Give the goal a short title.</source>
        <translation>برای هدف یک عنوان کوتاه بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="151"/>
        <source>Say in a sentence what you want to achieve: the statement is empty.</source>
        <translation>در یک جمله بگویید به چه می‌خواهید برسید: جملهٔ هدف خالی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="154"/>
        <source>Choose the KPI you will measure.</source>
        <translation>شاخصی را که اندازه می‌گیرید انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="157"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="158"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="160"/>
        <source>Enter the %1.</source>
        <translation>%1 را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="162"/>
        <source>The %1 is not a number: “%2”.</source>
        <translation>%1 عدد نیست: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="166"/>
        <source>The %1 cannot be negative.</source>
        <translation>%1 نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="168"/>
        <source>The %1 is a percentage: it cannot be over 100.</source>
        <translation>%1 درصد است: نمی‌تواند بیشتر از ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="169"/>
        <source>The %1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="172"/>
        <source>The follower count is not a number: “%1”.</source>
        <translation>تعداد دنبال‌کنندگان عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="174"/>
        <source>The follower count cannot be negative.</source>
        <translation>تعداد دنبال‌کنندگان نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="177"/>
        <source>For %1 lower is better: the target must be below the baseline (%2).</source>
        <translation>برای %1 کمتر بهتر است: مقدار هدف باید کمتر از مقدار پایه (%2) باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="179"/>
        <source>For %1 higher is better: the target must be above the baseline (%2).</source>
        <translation>برای %1 بیشتر بهتر است: مقدار هدف باید بیشتر از مقدار پایه (%2) باشد.</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../src/planner/ui/wizard/fields.py" line="43"/>
        <source>“%1” is not a number</source>
        <translation>«%1» عدد نیست</translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="25"/>
        <source>What do you want to achieve?</source>
        <translation>به چه چیزی می‌خواهید برسید؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="26"/>
        <source>A goal is one building block of your strategy. Pick the objective it serves; the next pages make it specific, measurable and time-bound.</source>
        <translation>هر هدف یکی از اجزای سازندهٔ استراتژی شماست. هدف کلی‌ای را که این هدف در خدمت آن است انتخاب کنید؛ صفحه‌های بعدی آن را مشخص، قابل اندازه‌گیری و زمان‌بندی‌شده می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="30"/>
        <source>— start from scratch —</source>
        <translation>— شروع از صفر —</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="45"/>
        <source>&amp;Example to start from:</source>
        <translation>&amp;نمونه برای شروع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="47"/>
        <source>&amp;Objective:</source>
        <translation>هدف &amp;کلی:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="73"/>
        <source>Choose what you want to achieve.</source>
        <translation>انتخاب کنید به چه چیزی می‌خواهید برسید.</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="80"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="80"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="80"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="80"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="81"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="114"/>
        <source>imported: %1</source>
        <translation>واردشده: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="115"/>
        <source>typed</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="115"/>
        <source>pasted</source>
        <translation>چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="115"/>
        <source>plan JSON</source>
        <translation>برنامهٔ JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="116"/>
        <source>sample plan</source>
        <translation>برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="126"/>
        <source>Not saved: that is not a date.</source>
        <translation>ذخیره نشد: این تاریخ نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="131"/>
        <source>Not saved: %1 is not a platform.</source>
        <translation>ذخیره نشد: %1 پلتفرم نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="137"/>
        <source>Not saved: the value %1.</source>
        <translation>ذخیره نشد: مقدار %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="148"/>
        <source>Not saved: there is already a figure for %1 on %2.</source>
        <translation>ذخیره نشد: برای %1 در تاریخ %2 از قبل رقمی ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="90"/>
        <source>All goals</source>
        <translation>همهٔ هدف‌ها</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="31"/>
        <source>Preparing the PDF…</source>
        <translation>در حال آماده‌سازی PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="31"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="33"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="56"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="28"/>
        <source>Where will you work on it?</source>
        <translation>روی کدام پلتفرم‌ها کار می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="29"/>
        <source>Success comes from the right platforms for your audience, not from being everywhere. Each platform needs its own content. You may split the baseline and target between platforms.</source>
        <translation>موفقیت از انتخاب پلتفرم‌های درست برای مخاطبانتان می‌آید، نه از حضور در همه‌جا. هر پلتفرم محتوای مخصوص خودش را می‌خواهد. می‌توانید مقدار پایه و مقدار هدف را بین پلتفرم‌ها تقسیم کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="37"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="37"/>
        <source>Baseline (optional)</source>
        <translation>مقدار پایه (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="38"/>
        <source>Target (optional)</source>
        <translation>مقدار هدف (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="70"/>
        <source>★ Recommended for %1: %2. %3</source>
        <translation>★ پیشنهادی برای %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="106"/>
        <source>Choose at least one platform.</source>
        <translation>دست‌کم یک پلتفرم انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="112"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="115"/>
        <source>%1: %2 is not a possible value of this KPI.</source>
        <translation>%1: %2 مقدار ممکنی برای این شاخص نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="121"/>
        <source>baselines</source>
        <translation>مقدارهای پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="121"/>
        <source>targets</source>
        <translation>مقدارهای هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="128"/>
        <source>The platforms&apos; %1 add up to %2, not the goal&apos;s %3.</source>
        <translation>جمع %1 در پلتفرم‌ها %2 می‌شود، نه %3 که برای کل هدف تعیین شده است.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="14"/>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="17"/>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="23"/>
        <source>The language&apos;s usual calendar</source>
        <translation>تقویم رایج همان زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="24"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="25"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="26"/>
        <source>Islamic civil (Hijri)</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="28"/>
        <source>Always write numbers with Latin digits (0123456789)</source>
        <translation>اعداد همیشه با رقم‌های لاتین نوشته شوند (0123456789)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="31"/>
        <source>Dates are stored the same way whatever the calendar: changing it only changes how they are shown and entered. A new language applies after a restart.</source>
        <translation>تاریخ‌ها با هر تقویمی به یک شکل ذخیره می‌شوند: تغییر تقویم فقط شیوهٔ نمایش و وارد کردن آن‌ها را عوض می‌کند. زبان جدید پس از اجرای دوبارهٔ نرم‌افزار اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="38"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="39"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
</context>
<context>
    <name>RelevantPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="28"/>
        <source>Why does it matter, and for whom?</source>
        <translation>چرا مهم است و برای چه کسانی؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="29"/>
        <source>A goal should serve your business plan. Who you want to reach (age, gender, income, family) changes what works and where. Engagement takes hours every week, and creative work needs a budget.</source>
        <translation>هدف باید در خدمت برنامهٔ کسب‌وکار شما باشد. اینکه می‌خواهید به چه کسانی برسید (سن، جنسیت، درآمد، خانواده) تعیین می‌کند چه چیزی و کجا جواب می‌دهد. تعامل هر هفته ساعت‌ها وقت می‌گیرد و کار خلاقانه بودجه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="34"/>
        <source>e.g. Take more pre-orders online</source>
        <translation>مثلاً: گرفتن پیش‌سفارش آنلاین بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="40"/>
        <source>any</source>
        <translation>هر سنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="50"/>
        <source>0 if none</source>
        <translation>۰ اگر بودجه‌ای ندارید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="59"/>
        <source>hours you can give it each week</source>
        <translation>ساعت‌هایی که هر هفته می‌توانید برایش بگذارید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="62"/>
        <source>&amp;Serves the business objective:</source>
        <translation>در خدمت هدف &amp;کسب‌وکار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="63"/>
        <source>Audience &amp;ages (from, to):</source>
        <translation>&amp;ردهٔ سنی مخاطبان (از، تا):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="66"/>
        <source>&amp;Gender:</source>
        <translation>&amp;جنسیت:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="67"/>
        <source>&amp;Income:</source>
        <translation>&amp;درآمد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="68"/>
        <source>&amp;Family situation:</source>
        <translation>&amp;وضعیت خانوادگی:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="69"/>
        <source>&amp;Location:</source>
        <translation>&amp;مکان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="70"/>
        <source>&amp;Budget:</source>
        <translation>&amp;بودجه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="73"/>
        <source>&amp;Hours per week:</source>
        <translation>&amp;ساعت در هفته:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="89"/>
        <source>The budget is not a number: “%1”.</source>
        <translation>بودجه عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="91"/>
        <source>The budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="93"/>
        <source>Hours per week is not a number: “%1”.</source>
        <translation>ساعت در هفته عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="95"/>
        <source>Hours per week must be between 0 and 168.</source>
        <translation>ساعت در هفته باید بین ۰ و ۱۶۸ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="97"/>
        <source>The youngest age is above the oldest.</source>
        <translation>کمترین سن از بیشترین سن بالاتر است.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="18"/>
        <source>Restore from backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="23"/>
        <source>when the plan was opened</source>
        <translation>هنگام باز شدن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="23"/>
        <source>before a restore</source>
        <translation>پیش از یک بازیابی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="25"/>
        <source>%1 %2 — %3 (%4 KB)</source>
        <translation>%1 %2 — %3 (%4 کیلوبایت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="29"/>
        <source>The plan keeps a copy of itself each time it is opened (the last %1). Restoring replaces the plan with the copy you choose; the plan as it is now is kept as a backup too.</source>
        <translation>برنامه هر بار که باز می‌شود یک رونوشت از خودش نگه می‌دارد (%1 رونوشت آخر). بازیابی، برنامه را با رونوشتی که انتخاب می‌کنید جایگزین می‌کند؛ وضعیت فعلی برنامه هم به‌عنوان پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="34"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازیابی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="44"/>
        <source>This plan has no backups yet.</source>
        <translation>این برنامه هنوز پشتیبانی ندارد.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="27"/>
        <source>Review your goal</source>
        <extracomment>Findings that speak to whether the goal is attainable (the A of SMART).</extracomment>
        <translation>هدف خود را مرور کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="28"/>
        <source>Read it as one sentence, check each SMART letter, and see what the figures say about it before you commit.</source>
        <translation>پیش از نهایی کردن، آن را به‌صورت یک جمله بخوانید، هر حرف SMART را بررسی کنید و ببینید ارقام دربارهٔ آن چه می‌گویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="37"/>
        <source>Specific</source>
        <translation>مشخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="37"/>
        <source>Measurable</source>
        <translation>قابل اندازه‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="38"/>
        <source>Attainable</source>
        <translation>دست‌یافتنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="38"/>
        <source>Relevant</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="39"/>
        <source>Time-bound</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="70"/>
        <source>A statement with a number, on chosen platforms.</source>
        <translation>جمله‌ای با یک عدد، در پلتفرم‌های انتخاب‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="71"/>
        <source>Name a number and the platforms in your statement.</source>
        <translation>در جملهٔ هدف یک عدد و نام پلتفرم‌ها را بیاورید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="72"/>
        <source>One KPI, a baseline and a target.</source>
        <translation>یک شاخص، یک مقدار پایه و یک مقدار هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="73"/>
        <source>Compared with your own pace and published figures.</source>
        <translation>مقایسه‌شده با سرعت پیشرفت خودتان و آمارهای منتشرشده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="76"/>
        <source>Linked to a business objective.</source>
        <translation>مرتبط با یک هدف کسب‌وکار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="77"/>
        <source>Say which business objective it serves.</source>
        <translation>بگویید در خدمت کدام هدف کسب‌وکار است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="78"/>
        <source>A start and a deadline.</source>
        <translation>یک تاریخ شروع و یک مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="85"/>
        <source>fine</source>
        <translation>خوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="85"/>
        <source>worth a look</source>
        <translation>ارزش بررسی دارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="86"/>
        <source>needs changing</source>
        <translation>نیاز به تغییر</translation>
    </message>
</context>
<context>
    <name>SmartDetails</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="61"/>
        <source>Specific: the goal</source>
        <translation>مشخص: هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="62"/>
        <source>Measurable: KPI</source>
        <translation>قابل اندازه‌گیری: شاخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="63"/>
        <source>Baseline → target</source>
        <translation>مقدار پایه ← مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="64"/>
        <source>Platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="65"/>
        <source>Objective</source>
        <translation>هدف کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="66"/>
        <source>Relevant: serves</source>
        <translation>مرتبط: در خدمت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="67"/>
        <source>Audience</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="68"/>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="69"/>
        <source>Time per week</source>
        <translation>زمان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="70"/>
        <source>Time-bound</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="71"/>
        <source>Target line</source>
        <translation>خط هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="72"/>
        <source>Milestones</source>
        <translation>هدف‌های میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="82"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="82"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="85"/>
        <source>any age</source>
        <translation>هر سنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="90"/>
        <source>(no statement)</source>
        <translation>(جمله‌ای نوشته نشده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="96"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="99"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="102"/>
        <source>(not said)</source>
        <translation>(گفته نشده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="100"/>
        <source>%1 hours</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="104"/>
        <source>steady percentage growth</source>
        <translation>رشد درصدی ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="105"/>
        <source>straight line</source>
        <translation>خط راست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="107"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="51"/>
        <source>By when?</source>
        <translation>تا چه زمانی؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="52"/>
        <source>A goal without a deadline is not a goal. Social media is a marathon, not a sprint: very short deadlines for big changes are suspect, and long ones need milestones.</source>
        <translation>هدف بدون مهلت، هدف نیست. شبکه‌های اجتماعی ماراتن است، نه دوی سرعت: مهلت‌های خیلی کوتاه برای تغییرات بزرگ مشکوک‌اند و مهلت‌های طولانی به هدف‌های میانی نیاز دارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="57"/>
        <source>A &amp;straight line: the same amount every week</source>
        <translation>&amp;خط راست: هر هفته به یک اندازه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="59"/>
        <source>Steady &amp;percentage growth: compounding, like an audience grows</source>
        <translation>رشد &amp;درصدی ثابت: مرکب، همان‌طور که مخاطبان رشد می‌کنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="70"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="70"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="70"/>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="73"/>
        <source>&amp;Add milestone</source>
        <translation>&amp;افزودن هدف میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="76"/>
        <source>&amp;Remove milestone</source>
        <translation>&amp;حذف هدف میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="83"/>
        <source>S&amp;tart:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="84"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;مهلت:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="85"/>
        <source>Target line:</source>
        <translation>خط هدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="124"/>
        <source>The deadline must be after the start date.</source>
        <translation>مهلت باید بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="127"/>
        <source>Milestone %1 needs a value (a number).</source>
        <translation>هدف میانی %1 به یک مقدار (عدد) نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="129"/>
        <source>Milestone %1 is outside the goal&apos;s dates.</source>
        <translation>هدف میانی %1 خارج از بازهٔ زمانی هدف است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="134"/>
        <source>Steady percentage growth needs a baseline above zero; choose a straight line.</source>
        <translation>رشد درصدی ثابت به مقدار پایهٔ بزرگ‌تر از صفر نیاز دارد؛ خط راست را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="213"/>
        <source>any gender</source>
        <translation>هر جنسیتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="214"/>
        <source>women</source>
        <translation>زنان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="215"/>
        <source>men</source>
        <translation>مردان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="216"/>
        <source>any income</source>
        <translation>هر سطح درآمدی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="217"/>
        <source>lower income</source>
        <translation>درآمد پایین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="218"/>
        <source>middle income</source>
        <translation>درآمد متوسط</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="219"/>
        <source>higher income</source>
        <translation>درآمد بالا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="220"/>
        <source>any family situation</source>
        <translation>هر وضعیت خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="221"/>
        <source>single</source>
        <translation>مجرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="222"/>
        <source>couples without children</source>
        <translation>زوج‌های بدون فرزند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="223"/>
        <source>families with young children</source>
        <translation>خانواده‌های دارای فرزند خردسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="224"/>
        <source>families with teenagers</source>
        <translation>خانواده‌های دارای فرزند نوجوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="225"/>
        <source>children grown up</source>
        <translation>با فرزندان بزرگسال</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="107"/>
        <source>Facebook</source>
        <extracomment>The highest value of a unit that has one. still read in old plans, but no longer offered for new goals nor recommended sound choices beyond the recommended ones: choosing them is never flagged (``recommended`` are marked)</extracomment>
        <translation>فیس‌بوک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="108"/>
        <source>The easiest and most popular; the largest audience and mature analytics.</source>
        <translation>ساده‌ترین و محبوب‌ترین؛ بیشترین مخاطب و ابزارهای آماری کامل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="109"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="110"/>
        <source>Pictures and short video: posts, Stories and Reels; a built-in shop.</source>
        <translation>عکس و ویدیوی کوتاه: پست، استوری و ریلز؛ با فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="111"/>
        <source>X (Twitter)</source>
        <translation>X (توییتر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="112"/>
        <source>News and events; reaches a wide audience fast; conversations and Spaces.</source>
        <translation>اخبار و رویدادها؛ به‌سرعت به مخاطبان گسترده می‌رسد؛ گفت‌وگوها و اسپیس‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="113"/>
        <source>YouTube</source>
        <translation>یوتیوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="113"/>
        <source>Long video that draws attention.</source>
        <translation>ویدیوی بلند که توجه را جلب می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="114"/>
        <source>TikTok</source>
        <translation>تیک‌تاک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="114"/>
        <source>Short video with wide reach, and a built-in shop.</source>
        <translation>ویدیوی کوتاه با دسترسی گسترده و فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="115"/>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="115"/>
        <source>Professional audience, business buyers and recruiting.</source>
        <translation>مخاطبان حرفه‌ای، خریداران سازمانی و استخدام.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="116"/>
        <source>Pinterest</source>
        <translation>پینترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="116"/>
        <source>Product Pins: people shop where they find ideas.</source>
        <translation>پین‌های محصول (Product Pins): مردم همان‌جا که ایده پیدا می‌کنند، خرید می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="117"/>
        <source>Snapchat</source>
        <translation>اسنپ‌چت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="117"/>
        <source>Young audience; content made for it, not reused.</source>
        <translation>مخاطبان جوان؛ محتوایی که مخصوص آن ساخته شده باشد، نه تکراری.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="118"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="118"/>
        <source>Your own site&apos;s analytics: visits and sales from social.</source>
        <translation>آمار سایت خودتان: بازدید و فروش از طریق شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="119"/>
        <source>Clubhouse</source>
        <translation>کلاب‌هاوس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="119"/>
        <source>Audio rooms: a voice that expresses the brand in depth.</source>
        <translation>اتاق‌های صوتی: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="121"/>
        <source>Spotify</source>
        <translation>اسپاتیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="121"/>
        <source>Podcasts: a voice that expresses the brand in depth.</source>
        <translation>پادکست: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="122"/>
        <source>Shopify</source>
        <translation>شاپیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="122"/>
        <source>A shop that sells straight from social posts.</source>
        <translation>فروشگاهی که مستقیم از پست‌های شبکه‌های اجتماعی می‌فروشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="123"/>
        <source>WhatsApp Business</source>
        <translation>واتس‌اپ بیزینس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="124"/>
        <source>Chats with customers, a catalogue and broadcasts: where many small shops take orders.</source>
        <translation>گفت‌وگو با مشتریان، کاتالوگ و پیام‌های گروهی: جایی که بسیاری از مغازه‌های کوچک سفارش می‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="125"/>
        <source>Telegram channel</source>
        <translation>کانال تلگرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="126"/>
        <source>A channel that broadcasts posts to subscribers; views per post are public.</source>
        <translation>کانالی که پست‌ها را برای مشترکان می‌فرستد؛ بازدید هر پست برای همه پیداست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="127"/>
        <source>Google Business Profile</source>
        <translation>نمایهٔ کسب‌وکار در گوگل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="128"/>
        <source>Your listing in Google Search and Maps: calls, directions, reviews.</source>
        <translation>معرفی کسب‌وکار شما در جست‌وجو و نقشهٔ گوگل: تماس‌ها، مسیریابی‌ها، نظرها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>Followers</source>
        <translation>دنبال‌کننده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>People following the account or page (a channel&apos;s subscribers): a running total.</source>
        <translation>افرادی که حساب یا صفحه را دنبال می‌کنند (یا مشترکان کانال): جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="161"/>
        <source>Link click-through rate (organic)</source>
        <translation>نرخ کلیک پیوند (ارگانیک)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="162"/>
        <source>Link clicks on your own unpaid posts divided by their impressions.</source>
        <translation>کلیک روی پیوندهای پست‌های بدون‌هزینهٔ خودتان، تقسیم بر تعداد نمایش آن‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="165"/>
        <source>Shop conversion rate</source>
        <translation>نرخ تبدیل فروشگاه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="166"/>
        <source>Orders divided by visits from social to your shop or site.</source>
        <translation>سفارش‌ها تقسیم بر بازدیدهایی که از شبکه‌های اجتماعی به فروشگاه یا سایت شما می‌رسند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Reach per week</source>
        <translation>دسترسی (ریچ) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Distinct people who saw your posts in a week.</source>
        <translation>تعداد افراد متفاوتی که در یک هفته پست‌های شما را دیده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Impressions per week</source>
        <translation>نمایش (ایمپرشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="142"/>
        <source>Times your posts were shown in a week.</source>
        <translation>دفعاتی که پست‌های شما در یک هفته نمایش داده شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Video views per week</source>
        <translation>بازدید ویدیو در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>Engagements per week</source>
        <translation>تعامل‌ها در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="145"/>
        <source>Likes, comments and shares on your posts in a week.</source>
        <translation>لایک، کامنت و اشتراک‌گذاری پست‌های شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="146"/>
        <source>Engagement rate (per follower)</source>
        <translation>نرخ تعامل (به ازای دنبال‌کننده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="148"/>
        <source>Engagements per post divided by followers. 10-100x lower than per impression.</source>
        <translation>تعامل هر پست تقسیم بر تعداد دنبال‌کننده‌ها. ۱۰ تا ۱۰۰ برابر کمتر از نرخ به ازای نمایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="149"/>
        <source>Engagement rate (per reach)</source>
        <translation>نرخ تعامل (به ازای دسترسی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="150"/>
        <source>Engagements divided by the people reached.</source>
        <translation>تعامل‌ها تقسیم بر تعداد افرادی که پست را دیده‌اند (دسترسی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="151"/>
        <source>Engagement rate (per impression)</source>
        <translation>نرخ تعامل (به ازای نمایش)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="152"/>
        <source>Engagements divided by impressions.</source>
        <translation>تعامل‌ها تقسیم بر تعداد نمایش‌ها (ایمپرشن).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="153"/>
        <source>Brand mentions per week</source>
        <translation>اشاره به برند (منشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="154"/>
        <source>Branded hashtag uses per week</source>
        <translation>استفاده از هشتگ برند در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="155"/>
        <source>Positive share of mentions</source>
        <translation>سهم اشاره‌های مثبت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="157"/>
        <source>Share of voice vs. competitors</source>
        <translation>سهم صدا در برابر رقبا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="158"/>
        <source>Your mentions as a share of all mentions of you and your competitors.</source>
        <translation>سهم اشاره‌ها به شما از کل اشاره‌ها به شما و رقبایتان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="159"/>
        <source>Website visits from social per week</source>
        <translation>بازدید وب‌سایت از شبکه‌های اجتماعی در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="160"/>
        <source>Link clicks per week</source>
        <translation>کلیک روی لینک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="163"/>
        <source>Conversions from social per month</source>
        <translation>تبدیل‌ها از شبکه‌های اجتماعی در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="164"/>
        <source>Sales or sign-ups traced to social, e.g. by UTM parameters.</source>
        <translation>فروش یا ثبت‌نامی که ردش به شبکه‌های اجتماعی می‌رسد، مثلاً با پارامترهای UTM.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="167"/>
        <source>Share of conversions from social</source>
        <translation>سهم تبدیل‌ها از شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="169"/>
        <source>Bounce rate of social visitors</source>
        <translation>نرخ پرش بازدیدکنندگان شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="170"/>
        <source>Visitors from social who leave after one page: lower is better.</source>
        <translation>بازدیدکنندگانی از شبکه‌های اجتماعی که پس از دیدن یک صفحه می‌روند: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="171"/>
        <source>Leads per month</source>
        <translation>سرنخ‌های فروش در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="172"/>
        <source>Names, e-mails or job details collected.</source>
        <translation>نام، ایمیل یا اطلاعات شغلی جمع‌آوری‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="173"/>
        <source>Cost per lead</source>
        <translation>هزینهٔ هر سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="174"/>
        <source>First response time</source>
        <translation>زمان اولین پاسخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="175"/>
        <source>Average hours until a customer gets a first reply: lower is better.</source>
        <translation>میانگین ساعت‌ها تا وقتی مشتری اولین پاسخ را بگیرد: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="176"/>
        <source>Customer satisfaction</source>
        <translation>رضایت مشتری</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="177"/>
        <source>Share of customers who say they were satisfied.</source>
        <translation>سهم مشتریانی که می‌گویند راضی بوده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="178"/>
        <source>Requests handled per person per week</source>
        <translation>درخواست‌های رسیدگی‌شده به ازای هر نفر در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="179"/>
        <source>Job applications per month</source>
        <translation>درخواست‌های شغلی (رزومه) در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="180"/>
        <source>Posts per week</source>
        <translation>پست در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="181"/>
        <source>Audience growth rate per month</source>
        <translation>نرخ رشد مخاطبان در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="182"/>
        <source>New followers in a month as a share of followers.</source>
        <translation>دنبال‌کننده‌های جدید یک ماه، به‌صورت درصدی از کل دنبال‌کننده‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="183"/>
        <source>Profile or page views per week</source>
        <translation>بازدید پروفایل یا صفحه در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="184"/>
        <source>Shares per week</source>
        <translation>اشتراک‌گذاری در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="185"/>
        <source>Replies by the business per week</source>
        <translation>پاسخ‌های کسب‌وکار در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="186"/>
        <source>Competitor mentions per week</source>
        <translation>اشاره به رقبا در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="187"/>
        <source>Photo tags per month</source>
        <translation>تگ در عکس‌ها در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="188"/>
        <source>Customer posts about you per month</source>
        <translation>پست‌های مشتریان دربارهٔ شما در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="189"/>
        <source>Likes per week</source>
        <translation>لایک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="191"/>
        <source>Ad link click-through rate</source>
        <translation>نرخ کلیک پیوند تبلیغات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="192"/>
        <source>Link clicks on your ads divided by the ads&apos; impressions (paid).</source>
        <translation>کلیک روی پیوند تبلیغ‌های شما تقسیم بر تعداد نمایش آن‌ها (پولی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="193"/>
        <source>Lead-form conversion rate</source>
        <translation>نرخ تبدیل فرم سرنخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="195"/>
        <source>Leads from an ad&apos;s form divided by clicks on the ad (paid).</source>
        <translation>سرنخ‌های به‌دست‌آمده از فرم تبلیغ تقسیم بر کلیک روی تبلیغ (پولی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="196"/>
        <source>Thumbnail click-through rate</source>
        <translation>نرخ کلیک تصویر بندانگشتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="198"/>
        <source>Views started from a video&apos;s thumbnail divided by the thumbnail&apos;s impressions (YouTube).</source>
        <translation>بازدیدهایی که از تصویر بندانگشتی ویدیو شروع شده‌اند تقسیم بر تعداد نمایش آن تصویر (یوتیوب).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="200"/>
        <source>Views per post</source>
        <translation>بازدید هر پست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="201"/>
        <source>The average views a post gets, as a Telegram channel shows them.</source>
        <translation>میانگین بازدید هر پست، آن‌گونه که کانال تلگرام نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="202"/>
        <source>Broadcast contacts</source>
        <translation>مخاطبان پیام گروهی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="203"/>
        <source>Customers on your broadcast lists: a running total.</source>
        <translation>مشتریانِ فهرست‌های پیام گروهی شما: جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="204"/>
        <source>Customer chats per week</source>
        <translation>گفت‌وگوی مشتریان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="205"/>
        <source>New conversations customers start with you in a week (WhatsApp, Telegram).</source>
        <translation>گفت‌وگوهای تازه‌ای که مشتریان در یک هفته با شما آغاز می‌کنند (واتس‌اپ، تلگرام).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="206"/>
        <source>Broadcast read rate</source>
        <translation>نرخ خوانده‌شدن پیام گروهی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="208"/>
        <source>Broadcast messages read divided by those delivered.</source>
        <translation>پیام‌های گروهی خوانده‌شده تقسیم بر پیام‌های تحویل‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="209"/>
        <source>Calls from your business profile per month</source>
        <translation>تماس از نمایهٔ کسب‌وکار در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="211"/>
        <source>Direction requests per month</source>
        <translation>درخواست مسیریابی در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="212"/>
        <source>People who asked Google Maps for the way to you in a month.</source>
        <translation>کسانی که در یک ماه از نقشهٔ گوگل راه رسیدن به شما را پرسیده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="213"/>
        <source>Website clicks from your business profile per month</source>
        <translation>کلیک به وب‌سایت از نمایهٔ کسب‌وکار در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="215"/>
        <source>Reviews</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="216"/>
        <source>Reviews of your business: a running total.</source>
        <translation>نظرهای ثبت‌شده برای کسب‌وکار شما: جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="217"/>
        <source>Average rating</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="218"/>
        <source>The average star rating of your reviews, from 1 to 5.</source>
        <translation>میانگین امتیاز ستاره‌ای نظرهای شما، از ۱ تا ۵.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="222"/>
        <source>Brand awareness</source>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="223"/>
        <source>More people know your business exists and remember it.</source>
        <translation>افراد بیشتری کسب‌وکار شما را بشناسند و به خاطر بسپارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="227"/>
        <source>Video draws attention; X reaches a wide audience fast; Facebook is the easiest and most popular.</source>
        <translation>ویدیو توجه را جلب می‌کند؛ ایکس سریع به مخاطبان زیادی می‌رسد؛ فیس‌بوک ساده‌ترین و پرطرفدارترین است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="233"/>
        <source>Reviews on your Google profile are what new customers read first; audio (X Spaces, Spotify) lets the brand express its identity in depth.</source>
        <translation>نظرهای نمایهٔ گوگل شما نخستین چیزی است که مشتریان تازه می‌خوانند؛ صدا (اسپیس‌های ایکس، اسپاتیفای) به برند امکان می‌دهد هویتش را عمیق بیان کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="254"/>
        <source>Built-in shopping: the purchase happens where the post is, or in a chat where the customer orders.</source>
        <translation>خرید درون‌برنامه‌ای: خرید همان جایی انجام می‌شود که پست هست، یا در گفت‌وگویی که مشتری در آن سفارش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="260"/>
        <source>Facebook has the largest audience and mature analytics; LinkedIn reaches business buyers.</source>
        <translation>فیس‌بوک بزرگ‌ترین مخاطبان و تحلیل‌های پخته را دارد؛ لینکدین به خریداران سازمانی می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="229"/>
        <source>Reputation management</source>
        <translation>مدیریت اعتبار برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="230"/>
        <source>People talk about your brand, and say good things.</source>
        <translation>مردم دربارهٔ برند شما حرف بزنند و از آن خوب بگویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="235"/>
        <source>Website traffic</source>
        <translation>ترافیک وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="236"/>
        <source>Social posts send visitors to your website or shop.</source>
        <translation>پست‌های شبکه‌های اجتماعی بازدیدکننده به وب‌سایت یا فروشگاه شما بفرستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="239"/>
        <source>Link posts travel well there; Facebook is the easiest place to start.</source>
        <translation>پست‌های لینک‌دار آنجا خوب دیده می‌شوند؛ فیس‌بوک ساده‌ترین جا برای شروع است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="241"/>
        <source>Community engagement</source>
        <translation>تعامل با جامعهٔ مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="242"/>
        <source>Followers like, comment, share and talk with you.</source>
        <translation>دنبال‌کننده‌ها لایک کنند، کامنت بگذارند، به اشتراک بگذارند و با شما گفت‌وگو کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="247"/>
        <source>Facebook is the easiest and most popular; Instagram suits pictures and short video.</source>
        <translation>فیس‌بوک ساده‌ترین و محبوب‌ترین است؛ اینستاگرام برای عکس و ویدیوی کوتاه مناسب است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="249"/>
        <source>Conversions and sales</source>
        <translation>تبدیل و فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="250"/>
        <source>Social activity turns into sales you can trace.</source>
        <translation>فعالیت در شبکه‌های اجتماعی به فروشی تبدیل شود که بتوانید ردیابی‌اش کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="256"/>
        <source>Lead generation</source>
        <translation>جذب سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="257"/>
        <source>Collect contacts of people who may buy later.</source>
        <translation>اطلاعات تماس افرادی را جمع کنید که ممکن است بعداً خرید کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="263"/>
        <source>Customer service</source>
        <translation>خدمات مشتریان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="264"/>
        <source>Answer customers quickly and well where they ask.</source>
        <translation>به مشتریان همان‌جا که سؤال می‌پرسند، سریع و درست پاسخ دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="268"/>
        <source>Conversational platforms, where customers already ask.</source>
        <translation>پلتفرم‌های گفت‌وگومحور، جایی که مشتریان همین حالا سؤال می‌پرسند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="270"/>
        <source>Social listening and market insight</source>
        <translation>شنود اجتماعی و شناخت بازار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="271"/>
        <source>Learn what people say about you, your competitors and your trade.</source>
        <translation>بفهمید مردم دربارهٔ شما، رقبایتان و صنفتان چه می‌گویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="274"/>
        <source>Public conversation happens there; most mentions on X come from small accounts.</source>
        <translation>گفت‌وگوهای عمومی آنجا اتفاق می‌افتد؛ بیشتر اشاره‌ها در X از حساب‌های کوچک می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="276"/>
        <source>Recruiting</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="277"/>
        <source>Find people who want to work with you.</source>
        <translation>افرادی را پیدا کنید که می‌خواهند با شما کار کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="280"/>
        <source>Where job seekers and their friends look.</source>
        <translation>جایی که جویندگان کار و دوستانشان سر می‌زنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="282"/>
        <source>Brand loyalty</source>
        <translation>وفاداری به برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="283"/>
        <source>Customers come back, tag you and post about you.</source>
        <translation>مشتریان دوباره بیایند، شما را تگ کنند و دربارهٔ شما پست بگذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="287"/>
        <source>Customers share photos and talk with the brand there.</source>
        <translation>مشتریان آنجا عکس به اشتراک می‌گذارند و با برند گفت‌وگو می‌کنند.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="36"/>
        <source>The deadline has passed, and no figures were recorded.</source>
        <translation>مهلت گذشته است و هیچ رقمی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="37"/>
        <source>No figures yet: add or import your figures to see where you stand.</source>
        <translation>هنوز رقمی نیست: ارقام خود را اضافه یا وارد کنید تا ببینید کجا ایستاده‌اید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="43"/>
        <source>Done: %1 reached %2.</source>
        <translation>محقق شد: %1 به %2 رسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="45"/>
        <source>The deadline has passed at %1 of %2.</source>
        <translation>مهلت گذشته است؛ رقم به %1 از %2 رسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="47"/>
        <source>Ahead by %1 (%2%) of the target line.</source>
        <translation>%1 (%2%) جلوتر از خط هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="49"/>
        <source>On track: within %1 of the target line.</source>
        <translation>در مسیر: در فاصلهٔ %1 از خط هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="51"/>
        <source>%1: behind by %2 (%3%) of the target line.</source>
        <translation>%1: %2 (%3%) عقب‌تر از خط هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="55"/>
        <source>At this pace the target is reached on %1.</source>
        <translation>با این سرعت، هدف در %1 محقق می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="57"/>
        <source>At this pace the target is not reached before the deadline.</source>
        <translation>با این سرعت، هدف تا پیش از مهلت محقق نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="59"/>
        <source>Expected on the deadline (%1): %2.</source>
        <translation>مقدار پیش‌بینی‌شده در پایان مهلت (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="62"/>
        <source>No forecast yet: it needs at least 3 figures on different days.</source>
        <translation>هنوز پیش‌بینی‌ای نیست: دست‌کم ۳ رقم در روزهای مختلف لازم است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="68"/>
        <source>To make it: %1%2 a week from today.</source>
        <translation>برای رسیدن به هدف: از امروز هفته‌ای %1%2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="70"/>
        <source>Buffer: %1 days before the target line overtakes today&apos;s figure.</source>
        <translation>فرصت اضافه: %1 روز تا وقتی خط هدف از رقم امروز جلو بزند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="151"/>
        <source>All platforms</source>
        <extracomment>Above this many points a series is drawn as a line without symbols (symbols cost per point).</extracomment>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="192"/>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="200"/>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="220"/>
        <source>Target line</source>
        <translation>خط هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="253"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="296"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="27"/>
        <source>Create goal “%1”</source>
        <translation>ساختن هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="45"/>
        <source>Edit goal “%1”</source>
        <translation>ویرایش هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="61"/>
        <source>Delete goal “%1”</source>
        <translation>حذف هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="78"/>
        <source>Archive goal “%1”</source>
        <translation>بایگانی هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="78"/>
        <source>Restore goal “%1”</source>
        <translation>بازگرداندن هدف «%1» از بایگانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="94"/>
        <source>Add %1 figures</source>
        <translation>افزودن %1 رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="95"/>
        <source>Add a figure</source>
        <translation>افزودن یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="115"/>
        <source>Edit a figure</source>
        <translation>ویرایش یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="129"/>
        <source>Delete %1 figures</source>
        <translation>حذف %1 رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="129"/>
        <source>Delete a figure</source>
        <translation>حذف یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="147"/>
        <source>Import %1 figures from %2</source>
        <translation>وارد کردن %1 رقم از %2</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="211"/>
        <location filename="../../src/planner/ui/describe.py" line="15"/>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="181"/>
        <location filename="../../src/planner/ui/findings_view.py" line="28"/>
        <location filename="../../src/planner/ui/findings_view.py" line="50"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="97"/>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="69"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="15"/>
        <source>no platform chosen</source>
        <translation>(پلتفرمی انتخاب نشده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="22"/>
        <source>Raise %1 on %2 from %3 to %4 between %5 and %6.</source>
        <translation>افزایش %1 در %2 از %3 به %4، از %5 تا %6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="24"/>
        <source>Lower %1 on %2 from %3 to %4 between %5 and %6.</source>
        <translation>کاهش %1 در %2 از %3 به %4، از %5 تا %6.</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="16"/>
        <source>audience-based</source>
        <translation>مبتنی بر مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="17"/>
        <source>content-based</source>
        <translation>مبتنی بر محتوا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="18"/>
        <source>engagement-based</source>
        <translation>مبتنی بر تعامل</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="37"/>
        <source>Your own recent figures are the best guide: the platforms advise judging a trend over about 90 days.</source>
        <translation>ارقام اخیر خودتان بهترین راهنما هستند: پلتفرم‌ها توصیه می‌کنند روند را در بازهٔ حدود ۹۰ روز بسنجید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="40"/>
        <source>{kpi} has not moved towards the target over the last {weeks} weeks ({history} a month), but the goal needs {needed} a month.</source>
        <translation>{kpi} در {weeks} هفتهٔ گذشته به سمت هدف حرکت نکرده است ({history} در ماه)، اما هدف به {needed} در ماه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="43"/>
        <source>{kpi} has not moved towards the target over the last {weeks} weeks ({history} a week), but the goal needs {needed} a week.</source>
        <translation>{kpi} در {weeks} هفتهٔ گذشته به سمت هدف حرکت نکرده است ({history} در هفته)، اما هدف به {needed} در هفته نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="46"/>
        <source>Find out what changed, and change the content or the plan before counting on the target.</source>
        <translation>ببینید چه چیزی تغییر کرده و پیش از حساب کردن روی این هدف، محتوا یا برنامه را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="52"/>
        <source>The goal needs {needed} a month, {ratio} times the {history} a month your figures show over the last {weeks} weeks.</source>
        <translation>هدف به {needed} در ماه نیاز دارد؛ یعنی {ratio} برابر {history} در ماه که ارقام شما در {weeks} هفتهٔ گذشته نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="55"/>
        <source>The goal needs {needed} a week, {ratio} times the {history} a week your figures show over the last {weeks} weeks.</source>
        <translation>هدف به {needed} در هفته نیاز دارد؛ یعنی {ratio} برابر {history} در هفته که ارقام شما در {weeks} هفتهٔ گذشته نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="57"/>
        <source>This pace is unrealistic: lower the target or move the deadline.</source>
        <translation>این سرعت واقع‌بینانه نیست: مقدار هدف را کمتر کنید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="59"/>
        <source>Plan what will make the pace change (content, ads, time), or lower the target.</source>
        <translation>برنامه بریزید که چه چیزی سرعت را تغییر می‌دهد (محتوا، تبلیغات، زمان)، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="104"/>
        <source>{kpi} from {baseline} to {target} in {days} days is {total} times as many.</source>
        <translation>«{kpi}» از {baseline} به {target} در {days} روز یعنی {total} برابر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="107"/>
        <source>{kpi} from {baseline} to {target} in {months} months is as much as {cmgr} growth every month for an account of {base}.</source>
        <translation>«{kpi}» از {baseline} به {target} در {months} ماه برابر است با رشد {cmgr} در هر ماه برای حسابی با {base}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="110"/>
        <source>{kpi} from {baseline} to {target} in {months} months needs {cmgr} growth every month.</source>
        <translation>«{kpi}» از {baseline} به {target} در {months} ماه به رشد {cmgr} در هر ماه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="114"/>
        <source>More than {unrealistic} a month for three months, or {unrealistic_year} a month for a year, is unrealistic: even the top 10% of Facebook pages grew about {top} a month ({top_source}); fast followings often come from ads or fake accounts.</source>
        <translation>بیش از {unrealistic} در ماه برای سه ماه، یا {unrealistic_year} در ماه برای یک سال، واقع‌بینانه نیست: حتی ۱۰٪ برتر صفحه‌های فیس‌بوک حدود {top} در ماه رشد کردند ({top_source})؛ دنبال‌کنندهٔ سریع اغلب از تبلیغ یا حساب‌های جعلی می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="123"/>
        <source>That is faster than the top 10% of Facebook pages, about {top} a month ({top_source}).</source>
        <translation>این از ۱۰٪ برتر صفحه‌های فیس‌بوک، یعنی حدود {top} در ماه، سریع‌تر است ({top_source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="128"/>
        <source>Growth above {ambitious} a month is more than the typical account reaches ({typical_sources}).</source>
        <translation>رشد بیش از {ambitious} در ماه از آنچه حساب معمولی به آن می‌رسد بیشتر است ({typical_sources}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="158"/>
        <source>{kpi} from {baseline} to {target} in {days} days is {total} times as much.</source>
        <translation>«{kpi}» از {baseline} به {target} در {days} روز یعنی {total} برابر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="161"/>
        <source>{kpi} from {baseline} to {target} in {months} months is {total} times as much: {cmgr} more every month.</source>
        <translation>«{kpi}» از {baseline} به {target} در {months} ماه یعنی {total} برابر: {cmgr} بیشتر در هر ماه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="164"/>
        <source>Posting more cannot multiply a flow this fast, but a budget can buy it: growth above {error} a month is beyond anything published for organic work (our judgement).</source>
        <translation>پست بیشتر نمی‌تواند این جریان را چنین سریع چند برابر کند، اما بودجه می‌تواند آن را بخرد: رشد بیش از {error} در ماه از هر آنچه برای کار ارگانیک منتشر شده فراتر است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="167"/>
        <source>Check that the budget covers what this much costs.</source>
        <translation>بررسی کنید بودجه هزینهٔ این مقدار را پوشش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="169"/>
        <source>No published benchmark shows a flow growing like this; above {error} a month, posting more cannot do it (our judgement).</source>
        <translation>هیچ معیار منتشرشده‌ای رشدی چنین نشان نمی‌دهد؛ بالاتر از {error} در ماه، پست بیشتر کافی نیست (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="171"/>
        <source>Lower the target, give it longer, or plan a paid campaign with a budget.</source>
        <translation>هدف را پایین بیاورید، زمان بیشتری بدهید، یا کارزاری پولی با بودجه برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="174"/>
        <source>Growing more than {warning} a month needs a new plan: ads, a campaign, much more content (our judgement).</source>
        <translation>رشد بیش از {warning} در ماه برنامه‌ای تازه می‌خواهد: تبلیغ، کارزار، محتوای بسیار بیشتر (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="176"/>
        <source>Say what will change to make it grow this fast.</source>
        <translation>بگویید چه چیزی تغییر می‌کند تا چنین سریع رشد کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="178"/>
        <source>More than {advice} a month is ambitious for a flow (our judgement).</source>
        <translation>بیش از {advice} در ماه برای یک جریان دوره‌ای بلندپروازانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="119"/>
        <source>Set a target you can reach at a few percent a month.</source>
        <translation>هدفی بگذارید که با رشد چند درصد در ماه دست‌یافتنی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="125"/>
        <source>Plan the ads or campaigns that would make it possible, or lower the target.</source>
        <translation>تبلیغات یا کمپین‌هایی را که این رشد را ممکن می‌کنند برنامه‌ریزی کنید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="23"/>
        <source>the smallest accounts</source>
        <translation>کوچک‌ترین حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="120"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times {figure}: the {statistic} of brands of every size, {raw} ({source}), times {factor} for {size}, who engage more.</source>
        <translation>هدف {target} برای «{kpi}» در {platform} برابر {ratio} برابرِ {figure} است: {statistic} برندها در همهٔ اندازه‌ها، {raw} ({source})، ضرب در {factor} برای {size} که مخاطبانشان بیشتر تعامل می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="124"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times the {statistic} for {size}: {figure} ({source}).</source>
        <translation>هدف {target} برای «{kpi}» در {platform} برابر {ratio} برابرِ {statistic} برای {size} است: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="127"/>
        <source>A target of {target} for {kpi} on {platform} is above the {statistic} for {size}: {figure} ({source}).</source>
        <translation>هدف {target} برای «{kpi}» در {platform} از {statistic} برای {size} بالاتر است: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="130"/>
        <source>Above {error} is unrealistic for {size}: five times the typical level, or twice a published top figure (our judgement); figures are compared only with figures of the same definition.</source>
        <translation>بالاتر از {error} برای {size} واقع‌بینانه نیست: پنج برابر سطح معمول، یا دو برابر بالاترین رقم منتشرشده (داوری ما)؛ ارقام فقط با ارقامی با همان تعریف مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="134"/>
        <source>Above {warning} is ambitious for {size}: twice the typical level, or above a published top figure (our judgement); figures are compared only with figures of the same definition.</source>
        <translation>بالاتر از {warning} برای {size} بلندپروازانه است: دو برابر سطح معمول، یا بالاتر از رقمی منتشرشده برای برترها (داوری ما)؛ ارقام فقط با ارقامی با همان تعریف مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="138"/>
        <source>Add your follower count to the goal: it picks the figures of accounts your size (the smallest accounts&apos; were used).</source>
        <translation>تعداد دنبال‌کنندگانتان را به هدف اضافه کنید: با آن ارقام حساب‌های هم‌اندازهٔ شما انتخاب می‌شود (ارقام کوچک‌ترین حساب‌ها به کار رفت).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="141"/>
        <source>Aim nearer {figure}, or check that your figure measures the same thing.</source>
        <translation>هدفی نزدیک‌تر به {figure} بگذارید، یا مطمئن شوید رقم شما همان چیز را اندازه می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="147"/>
        <source>all platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="170"/>
        <source>A target of {target} for {kpi} is {share} of your {followers} followers, above {limit}.</source>
        <translation>هدف {target} برای «{kpi}» برابر {share} از {followers} دنبال‌کنندهٔ شماست، بالاتر از {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="173"/>
        <source>A target of {target} for {kpi} is below {limit}.</source>
        <translation>هدف {target} برای «{kpi}» کمتر از {limit} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="175"/>
        <source>A target of {target} for {kpi} is above {limit}.</source>
        <translation>هدف {target} برای «{kpi}» بیشتر از {limit} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="192"/>
        <source>This step is unrealistic: aim for a smaller one first.</source>
        <translation>این گام واقع‌بینانه نیست: اول گامی کوچک‌تر را هدف بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="194"/>
        <source>Say what will change (format, topic, offer) to make the rate move this much.</source>
        <translation>بگویید چه چیزی (قالب، موضوع، پیشنهاد) تغییر می‌کند تا نرخ این‌قدر جابه‌جا شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="201"/>
        <source>A target of {target} for {kpi} is {ratio} times the {level} your last {figures} figures show (their median, over {weeks} weeks).</source>
        <translation>هدف {target} برای «{kpi}» برابر {ratio} برابرِ {level} است که {figures} رقم اخیر شما نشان می‌دهند (میانهٔ آن‌ها، در {weeks} هفته).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="206"/>
        <source>A target of {target} for {kpi} is {ratio} times the baseline of {level}.</source>
        <translation>هدف {target} برای «{kpi}» برابر {ratio} برابرِ نقطهٔ شروع، یعنی {level}، است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="207"/>
        <source>Nothing published measures this the same way for accounts like yours, so the step from where you are is what counts (our judgement).</source>
        <translation>هیچ رقم منتشرشده‌ای این را برای حساب‌هایی مثل حساب شما به همین شیوه نمی‌سنجد، پس گامِ برداشته از جای کنونی‌تان است که اهمیت دارد (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="267"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the {level} your recent figures show.</source>
        <translation>هدف {target} برای «{kpi}» {ratio} برابر کمتر از {level} است که ارقام اخیر شما نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="269"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the baseline of {level}.</source>
        <translation>هدف {target} برای «{kpi}» {ratio} برابر کمتر از نقطهٔ شروع، یعنی {level}، است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="272"/>
        <source>Say what will change to cut it this much, or aim for a smaller cut first.</source>
        <translation>بگویید چه چیزی تغییر می‌کند تا این‌قدر کم شود، یا اول کاهشی کوچک‌تر را هدف بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="279"/>
        <source>A cost of {target} a lead is {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>هزینهٔ {target} برای هر سرنخ برابر {share} از کمترین هزینهٔ منتشرشدهٔ هر سرنخ از تبلیغات، {lowest}، است ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="303"/>
        <source>Check the cost with a small test campaign before counting on it.</source>
        <translation>پیش از تکیه بر این هزینه، آن را با کارزاری آزمایشی و کوچک بسنجید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="317"/>
        <source>The {field} of {value} for {kpi} is over 100%.</source>
        <translation>مقدار {field} ({value}) برای {kpi} بیش از ۱۰۰ درصد است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="319"/>
        <source>A percentage of something cannot be more than all of it.</source>
        <translation>درصد هیچ چیزی نمی‌تواند از کل آن بیشتر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="320"/>
        <source>Check the figure: perhaps it was entered as a count.</source>
        <translation>رقم را بررسی کنید: شاید به‌صورت تعداد وارد شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="337"/>
        <source>A weekly reach of {target} is {share} times your {followers} followers.</source>
        <translation>دسترسی هفتگی {target} برابر {share} برابرِ {followers} دنبال‌کنندهٔ شماست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="339"/>
        <source>Plan what will carry posts beyond your followers: shares, Reels, or ads.</source>
        <translation>برنامه بریزید چه چیزی پست‌ها را به فراتر از دنبال‌کنندگانتان می‌برد: هم‌رسانی، ریلز یا تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="38"/>
        <source>Aim for a first reply within {suggested} working hours, and within {x_hours} hour for complaints on X.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود و برای شکایت‌ها در X ظرف {x_hours} ساعت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="41"/>
        <source>Aim for a first reply within {suggested} working hours.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="43"/>
        <source>A first reply after {target} is slower than customers expect (more than {limit}).</source>
        <translation>اولین پاسخ پس از {target} کندتر از انتظار مشتریان است (بیش از {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="30"/>
        <source>{target} posts a week is too little to move anything.</source>
        <extracomment>Objectives whose goals cost money or time to reach whatever their ambition.</extracomment>
        <translation>{target} پست در هفته کمتر از آن است که تغییری ایجاد کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="32"/>
        <source>Accounts that grow post several times a week.</source>
        <translation>حساب‌هایی که رشد می‌کنند هر هفته چند بار پست می‌گذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="33"/>
        <source>Post at least {minimum} time a week.</source>
        <translation>دست‌کم هفته‌ای {minimum} بار پست بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="49"/>
        <source>{target} posts a week is about {hours} hours of work for one person.</source>
        <translation>{target} پست در هفته یعنی حدود {hours} ساعت کار برای یک نفر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="51"/>
        <source>Say how many hours a week you can give it.</source>
        <translation>بگویید هر هفته چند ساعت می‌توانید به آن بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="57"/>
        <source>{target} posts a week is about {hours} hours of work for one person; the goal has {given} hours a week.</source>
        <translation>{target} پست در هفته یعنی حدود {hours} ساعت کار برای یک نفر؛ این هدف {given} ساعت در هفته دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="60"/>
        <source>Post less often, reuse content across platforms, or find help.</source>
        <translation>کمتر پست بگذارید، محتوا را در پلتفرم‌های مختلف دوباره به کار ببرید، یا کمک بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="67"/>
        <source>{target} posts a week on {platform} is more than twice what its most active brands post ({top}).</source>
        <translation>{target} پست در هفته در {platform} بیش از دو برابرِ پست‌های فعال‌ترین برندهای آن است ({top}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="84"/>
        <source>The budget gives {target} for each lead beyond today&apos;s, {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>بودجه برای هر سرنخِ بیشتر از امروز {target} می‌دهد، یعنی {share} از کمترین هزینهٔ منتشرشدهٔ هر سرنخ از تبلیغات، {lowest} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="90"/>
        <source>A budget of {budget} {currency} for about {leads} more leads is {cost} {currency} a lead.</source>
        <translation>بودجهٔ {budget} {currency} برای حدود {leads} سرنخ بیشتر یعنی {cost} {currency} برای هر سرنخ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="92"/>
        <source>Published costs of a lead from ads are in US dollars: $22-49 on Facebook in 2024-25 (LocaliQ, WordStream, Superads).</source>
        <translation>هزینه‌های منتشرشدهٔ هر سرنخ از تبلیغات به دلار آمریکاست: ۲۲ تا ۴۹ دلار در فیس‌بوک در ۲۰۲۴–۲۰۲۵ (LocaliQ، WordStream، Superads).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="94"/>
        <source>Compare it with what a lead costs you today.</source>
        <translation>آن را با هزینه‌ای که امروز هر سرنخ برایتان دارد مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="121"/>
        <source>A leads or sales goal with no budget and under {minimum} hours a week.</source>
        <translation>هدفی برای سرنخ یا فروش، بدون بودجه و با کمتر از {minimum} ساعت در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="16"/>
        <source>This goal&apos;s click-through rate now means the organic link click-through rate: link clicks on your own unpaid posts per impression.</source>
        <extracomment>KPIs whose definition narrowed (schema 3, plan JSON 2): the definition that now applies, and the others.</extracomment>
        <translation>نرخ کلیک این هدف اکنون یعنی نرخ کلیک ارگانیک پیوند: کلیک روی پیوند پست‌های بدون‌هزینهٔ خودتان به ازای هر نمایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="18"/>
        <source>This goal&apos;s conversion rate now means the shop conversion rate: orders per visit from social.</source>
        <translation>نرخ تبدیل این هدف اکنون یعنی نرخ تبدیل فروشگاه: سفارش به ازای هر بازدید از شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="22"/>
        <source>If you measure ads, change the KPI to Ad link click-through rate; for YouTube thumbnails, to Thumbnail click-through rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>اگر تبلیغات را می‌سنجید، شاخص را به «نرخ کلیک پیوند تبلیغات» تغییر دهید؛ برای تصویرهای بندانگشتی یوتیوب به «نرخ کلیک تصویر بندانگشتی». ذخیرهٔ هدف در پنجرهٔ ویرایش آن شاخص را تأیید می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="25"/>
        <source>If you measure leads from an ad&apos;s form, change the KPI to Lead-form conversion rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>اگر سرنخ‌های فرم تبلیغ را می‌سنجید، شاخص را به «نرخ تبدیل فرم سرنخ» تغییر دهید. ذخیرهٔ هدف در پنجرهٔ ویرایش آن شاخص را تأیید می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="45"/>
        <source>Half of customers who ask on social media want a reply within an hour, four in five within a day ({source}).</source>
        <translation>نیمی از مشتریانی که در شبکه‌های اجتماعی می‌پرسند پاسخ را ظرف یک ساعت می‌خواهند و از هر پنج نفر چهار نفر ظرف یک روز ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="56"/>
        <source>Click-through and conversion rates of ads, of your own posts and of video thumbnails differ several times over, so one KPI now holds one definition.</source>
        <translation>نرخ کلیک و تبدیل تبلیغات، پست‌های خودتان و تصویرهای بندانگشتی ویدیو چند برابر با هم فرق دارند، پس اکنون هر شاخص یک تعریف دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="66"/>
        <source>The deadline, {deadline}, has passed.</source>
        <translation>مهلت ({deadline}) گذشته است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="68"/>
        <source>Every goal needs a period that is still ahead.</source>
        <translation>هر هدف به بازهٔ زمانی‌ای نیاز دارد که هنوز پیش رو باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="69"/>
        <source>Set a new deadline, or archive the goal.</source>
        <translation>مهلت تازه‌ای تعیین کنید یا هدف را بایگانی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="73"/>
        <source>The goal runs for fewer than {minimum} days: too short to measure a change.</source>
        <translation>مدت هدف کمتر از {minimum} روز است: برای سنجیدن تغییر خیلی کوتاه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="76"/>
        <source>Social media is a marathon, not a sprint: figures need weeks to show a trend.</source>
        <translation>شبکه‌های اجتماعی ماراتن است، نه دوی سرعت: ارقام چند هفته زمان لازم دارند تا روندی را نشان دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="78"/>
        <source>Give the goal at least {minimum} days.</source>
        <translation>دست‌کم {minimum} روز به هدف زمان بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="83"/>
        <source>{months} months is too long to steer by one deadline.</source>
        <translation>{months} ماه برای هدایت کار با تنها یک مهلت خیلی طولانی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="85"/>
        <source>Platforms and their algorithms change quickly: goals need reviewing on the way.</source>
        <translation>پلتفرم‌ها و الگوریتم‌هایشان سریع تغییر می‌کنند: هدف‌ها باید در طول مسیر بازبینی شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="87"/>
        <source>Add milestones, for example one each quarter.</source>
        <translation>هدف‌های میانی اضافه کنید، مثلاً یکی برای هر فصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="97"/>
        <source>For {kpi} lower is better, but the target ({target}) is not below the baseline ({baseline}).</source>
        <translation>برای {kpi} کمتر بهتر است، اما مقدار هدف ({target}) کمتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="100"/>
        <source>For {kpi} higher is better, but the target ({target}) is not above the baseline ({baseline}).</source>
        <translation>برای {kpi} بیشتر بهتر است، اما مقدار هدف ({target}) بیشتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="103"/>
        <source>A goal that asks for no improvement cannot be tracked.</source>
        <translation>هدفی که هیچ بهبودی نمی‌خواهد قابل پیگیری نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="104"/>
        <source>Check the baseline and the target.</source>
        <translation>مقدار پایه و مقدار هدف را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="116"/>
        <source>{kpi} measures attention, not {objective}.</source>
        <translation>{kpi} میزان توجه را می‌سنجد، نه {objective} را.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="117"/>
        <source>Follower count is not success: 5,000 engaged followers who buy beat 50,000 who don&apos;t, and big followings often come from ads or fake accounts.</source>
        <translation>تعداد دنبال‌کننده‌ها به معنای موفقیت نیست: ۵٬۰۰۰ دنبال‌کنندهٔ فعال که خرید می‌کنند از ۵۰٬۰۰۰ دنبال‌کننده‌ای که خرید نمی‌کنند بهترند، و تعداد زیاد دنبال‌کننده اغلب حاصل تبلیغات یا حساب‌های جعلی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="120"/>
        <source>Measure it by one of: {kpis}.</source>
        <translation>آن را با یکی از این شاخص‌ها بسنجید: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="128"/>
        <source>The goal&apos;s statement has no number in it.</source>
        <translation>در جملهٔ هدف هیچ عددی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="130"/>
        <source>A goal like &quot;lots of followers&quot; cannot be evaluated.</source>
        <translation>هدفی مثل «دنبال‌کنندهٔ زیاد» قابل ارزیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="131"/>
        <source>Say how much, on which platform, by when.</source>
        <translation>بگویید چقدر، در کدام پلتفرم و تا چه زمانی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="134"/>
        <source>The goal names no platform.</source>
        <translation>در هدف هیچ پلتفرمی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="135"/>
        <source>Each platform needs its own content and its own goals.</source>
        <translation>هر پلتفرم محتوا و هدف‌های مخصوص خودش را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="136"/>
        <source>Choose the platforms where your audience is.</source>
        <translation>پلتفرم‌هایی را انتخاب کنید که مخاطبانتان آنجا هستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="153"/>
        <source>{retired} is no longer a place where small businesses find customers.</source>
        <translation>{retired} دیگر جایی نیست که کسب‌وکارهای کوچک در آن مشتری پیدا کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="155"/>
        <source>Clubhouse cut half its staff in 2023 and its downloads fell steeply; the app still reads goals that use it.</source>
        <translation>کلاب‌هاوس در ۲۰۲۳ نیمی از کارکنانش را کنار گذاشت و دانلودهایش به‌شدت کم شد؛ برنامه همچنان هدف‌هایی را که از آن استفاده می‌کنند می‌خواند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="159"/>
        <source>For {objective}, the usual platforms are {recommended}; you chose {chosen}.</source>
        <translation>برای {objective}، پلتفرم‌های رایج {recommended} هستند؛ شما {chosen} را انتخاب کرده‌اید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="161"/>
        <source>Recommended for {objective}: {why}</source>
        <translation>پیشنهادی برای {objective}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="157"/>
        <location filename="../../src/planner/domain/realism/smart.py" line="162"/>
        <source>Consider {recommended}, if your audience is there.</source>
        <translation>اگر مخاطبانتان آنجا هستند، {recommended} را هم در نظر بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="123"/>
        <source>An ambitious goal with no budget and under {minimum} hours a week.</source>
        <translation>هدفی بلندپروازانه بدون بودجه و با کمتر از {minimum} ساعت در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="125"/>
        <source>Engagement takes real time every week, and creative work needs budget.</source>
        <translation>تعامل هر هفته وقت واقعی می‌گیرد و کار خلاقانه بودجه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="127"/>
        <source>Set aside at least {minimum} hours a week or a budget, or lower the target.</source>
        <translation>دست‌کم {minimum} ساعت در هفته یا بودجه‌ای کنار بگذارید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="20"/>
        <source>At the trend of the last {weeks} weeks, {kpi} will not reach {target}.</source>
        <translation>با روند {weeks} هفتهٔ گذشته، {kpi} به {target} نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="24"/>
        <source>At the trend of the last {weeks} weeks, {kpi} reaches {target} on {date}, {days} days after the deadline.</source>
        <translation>با روند {weeks} هفتهٔ گذشته، {kpi} در {date} به {target} می‌رسد؛ {days} روز پس از مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="27"/>
        <source>A {model} trend fitted to your recent figures.</source>
        <translation>روندی از نوع {model} که از ارقام اخیر شما به دست آمده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="28"/>
        <source>Change what you do, or move the deadline.</source>
        <translation>روش کارتان را تغییر دهید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="63"/>
        <source>your trend over the last {weeks} weeks</source>
        <translation>روند شما در {weeks} هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="75"/>
        <source>{sources}</source>
        <translation>{sources}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="81"/>
        <source>By {deadline} a realistic target for {kpi} is about {low}.</source>
        <translation>تا {deadline}، هدف واقع‌بینانه برای {kpi} حدود {low} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="83"/>
        <source>By {deadline} a realistic target for {kpi} is {low} to {high}.</source>
        <translation>تا {deadline}، هدف واقع‌بینانه برای {kpi} بین {low} تا {high} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="256"/>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="265"/>
        <location filename="../../src/planner/ui/findings_view.py" line="114"/>
        <source>Why: </source>
        <translation>چرا: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="276"/>
        <location filename="../../src/planner/ui/findings_view.py" line="161"/>
        <source>Based on: </source>
        <translation>بر اساس: </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="35"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="36"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="38"/>
        <source>typical growth</source>
        <translation>رشد معمول</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="39"/>
        <source>/month</source>
        <translation> در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="52"/>
        <source>straight-line</source>
        <translation>خطی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="53"/>
        <source>steady-growth</source>
        <translation>رشد ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="84"/>
        <source>Unrealistic</source>
        <translation>غیرواقع‌بینانه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="86"/>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="87"/>
        <source>Advice</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="130"/>
        <source>✔ Nothing to warn about: this goal looks realistic.</source>
        <translation>✔ هشداری نیست: این هدف واقع‌بینانه به نظر می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="164"/>
        <source>&amp;Use this</source>
        <translation>&amp;استفاده از این</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="166"/>
        <source>Put the suggested target into the goal</source>
        <translation>قرار دادن مقدار پیشنهادی به‌عنوان مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="35"/>
        <source>typical (median)</source>
        <translation>معمول (میانه)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="36"/>
        <source>average (mean)</source>
        <translation>میانگین (حسابی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="37"/>
        <source>typical</source>
        <translation>معمول</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="38"/>
        <source>top 10%</source>
        <translation>۱۰٪ برتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="39"/>
        <source>top 20%</source>
        <translation>۲۰٪ برتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="40"/>
        <source>top 25%</source>
        <translation>۲۵٪ برتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="41"/>
        <source>strongest accounts</source>
        <translation>قوی‌ترین حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="42"/>
        <source>range of industry medians</source>
        <translation>بازهٔ میانهٔ صنعت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="43"/>
        <source>usual range</source>
        <translation>بازهٔ معمول</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="44"/>
        <source>what customers expect</source>
        <translation>انتظار مشتریان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="86"/>
        <source>accounts under 1,000 followers</source>
        <translation>حساب‌های زیر ۱٬۰۰۰ دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="87"/>
        <source>accounts of 1,000 to 10,000 followers</source>
        <translation>حساب‌های ۱٬۰۰۰ تا ۱۰٬۰۰۰ دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="88"/>
        <source>accounts of 10,000 to 100,000 followers</source>
        <translation>حساب‌های ۱۰٬۰۰۰ تا ۱۰۰٬۰۰۰ دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="89"/>
        <source>accounts over 100,000 followers</source>
        <translation>حساب‌های بالای ۱۰۰٬۰۰۰ دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="113"/>
        <location filename="../../src/planner/ui/findings_view.py" line="41"/>
        <source>{year} data</source>
        <extracomment>Metrics with a definition no catalog KPI shares: never compared with a goal&apos;s figure as if they were its KPI; a threshold may still be derived from them (the rulebook says how). The words of ``Benchmark.source`` a translation replaces (context &quot;findings&quot;).</extracomment>
        <translation>داده‌های {year}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="113"/>
        <location filename="../../src/planner/ui/findings_view.py" line="44"/>
        <source>derived from {source}</source>
        <translation>برگرفته از {source}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="84"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} link clicks a month of “{first}”: a visit needs a click.</source>
        <extracomment>How far apart two goals&apos; deadlines may be and still be &quot;the same period&quot;.</extracomment>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابرِ {expected} کلیک پیوند در ماهِ «{first}»: هر بازدید یک کلیک لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="87"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} that “{first}” and “{second}” give together.</source>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابرِ {expected} که «{first}» و «{second}» با هم می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="90"/>
        <source>This goal aims at {target} a month, {ratio} times less than the {expected} that “{first}” and “{second}” give together.</source>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابر کمتر از {expected} که «{first}» و «{second}» با هم می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="93"/>
        <source>Goals on the same platforms and period must multiply out: reach times click-through rate gives clicks, visits times conversion rate gives sales (within twice, our judgement).</source>
        <translation>هدف‌های یک پلتفرم و یک دوره باید در ضرب با هم جور دربیایند: دسترسی ضرب در نرخ کلیک می‌شود کلیک، بازدید ضرب در نرخ تبدیل می‌شود فروش (تا دو برابر، داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="97"/>
        <source>Change this goal&apos;s target, or the goals it depends on, so that they agree.</source>
        <translation>هدفِ این هدف یا هدف‌هایی را که به آن‌ها وابسته است تغییر دهید تا با هم جور شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="117"/>
        <source>Ours. Industry medians of one rate differ up to 15 times (Instagram 0.14% to 2.10%), so a change of format or topic can move a rate a lot; doubling one&apos;s own rate is ambitious, four times it is another account.</source>
        <extracomment>absolute levels of the target (LEVEL, CUT); for GROWTH and FLOW the engine&apos;s GROWTH / FLOW steps apply LEVEL: the benchmark metric whose figures, for the account&apos;s size, give the reference level LEVEL: the target is compared as a share of the follower count (views per post per subscriber) GROWTH: growth is counted from at least this many (a percentage of a handful misleads) FLOW: ads can buy it, so a budget makes &quot;unrealistic&quot; only &quot;ambitious&quot; CUT: how many times below the baseline (or the own level) the target is The needed pace as a multiple of the account&apos;s own pace (trend evidence). The target as a multiple of the account&apos;s own level (rates), or of the stated baseline when nothing better is known.</extracomment>
        <translation>داوری ما. میانهٔ صنعت‌ها برای یک نرخ تا ۱۵ برابر با هم فرق دارد (اینستاگرام از ۰٫۱۴٪ تا ۲٫۱۰٪)، پس تغییر قالب یا موضوع می‌تواند نرخ را بسیار جابه‌جا کند؛ دو برابر کردن نرخ خودتان بلندپروازانه است و چهار برابرش یعنی حسابی دیگر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="139"/>
        <source>Above 5% a month is more than small TikTok accounts average and more than the median Facebook page; above 10% is the top 10% of Facebook pages (2013, paid growth included); organic growth of small pages was 0.3-1.6% a month (2015). Unrealistic (ours): above 15% a month sustained for three months, or above 10% for a year.</source>
        <extracomment>The target as a multiple of the published typical level for the account&apos;s size. Per-follower figures of all sizes, applied to a smaller account, are widened by this factor: smaller accounts reach several times the engagement per follower of large ones. Compound growth a month of a running total (followers, contacts, reviews), percent.</extracomment>
        <translation>بیش از ۵٪ در ماه از میانگین حساب‌های کوچک تیک‌تاک و از میانهٔ صفحه‌های فیس‌بوک بیشتر است؛ بالای ۱۰٪ یعنی ۱۰٪ برتر صفحه‌های فیس‌بوک (۲۰۱۳، با رشد پولی)؛ رشد ارگانیک صفحه‌های کوچک ۰٫۳ تا ۱٫۶٪ در ماه بود (۲۰۱۵). غیرواقع‌بینانه (داوری ما): بیش از ۱۵٪ در ماه به مدت سه ماه پیاپی، یا بیش از ۱۰٪ برای یک سال.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="159"/>
        <source>Ours. Halving a cost or a bounce rate is ambitious; a quarter of it needs a different offer or site.</source>
        <extracomment>Compound growth a month of a flow (visits, reach, leads a week or month), percent, and the smallest multiple of the baseline each severity needs (a short burst is not a trend).</extracomment>
        <translation>داوری ما. نصف کردن هزینه یا نرخ پرش بلندپروازانه است؛ رساندنش به یک‌چهارم پیشنهاد یا سایتی دیگر می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="206"/>
        <source>An organic link CTR per impression is at most the CTR per person reached; the strongest small Facebook profiles reach 6.3% per person reached. Above 10% is ambitious on any platform, above 20% unrealistic (ours); they apply where no figure for the account&apos;s size exists.</source>
        <translation>نرخ کلیک ارگانیک به ازای هر نمایش حداکثر برابر نرخ کلیک به ازای هر فردِ در دسترس است؛ قوی‌ترین صفحه‌های کوچک فیس‌بوک به ۶٫۳٪ به ازای هر فرد می‌رسند. بالای ۱۰٪ در هر پلتفرمی بلندپروازانه و بالای ۲۰٪ غیرواقع‌بینانه است (داوری ما)؛ این دو جایی به کار می‌روند که رقمی برای اندازهٔ حساب نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="212"/>
        <source>Above 10% is outside the middle half of YouTube channels; 15% and 25% are ours (YouTube says small channels vary more).</source>
        <translation>بالای ۱۰٪ بیرون از نیمهٔ میانیِ کانال‌های یوتیوب است؛ ۱۵٪ و ۲۵٪ داوری ماست (یوتیوب می‌گوید کانال‌های کوچک نوسان بیشتری دارند).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="216"/>
        <source>Visitors from social buy less often than visitors from every source; the top 10% of Shopify stores convert 4.7% of all their visits. Above that is ambitious; twice it is unrealistic (ours).</source>
        <translation>بازدیدکنندگان شبکه‌های اجتماعی کمتر از بازدیدکنندگان همهٔ منابع خرید می‌کنند؛ ۱۰٪ برتر فروشگاه‌های Shopify ۴٫۷٪ از همهٔ بازدیدهایشان را به خرید تبدیل می‌کنند. بالاتر از آن بلندپروازانه و دو برابرش غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="221"/>
        <source>85% is called world-class; above 95% is above every benchmark found and 98% means nearly no customer is ever unhappy (ours).</source>
        <translation>۸۵٪ در سطح جهانی شمرده می‌شود؛ بالای ۹۵٪ از همهٔ معیارهای یافته‌شده بالاتر است و ۹۸٪ یعنی تقریباً هیچ مشتری‌ای هرگز ناراضی نیست (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="224"/>
        <source>Small businesses&apos; WhatsApp broadcasts are read at 63% (median), Messenger&apos;s at 75%; above 90% is above the measured range and 97% is the unsupported &quot;98% open rate&quot; of vendors&apos; copy (ours).</source>
        <translation>پیام‌های گروهی کسب‌وکارهای کوچک در واتس‌اپ با نرخ ۶۳٪ (میانه) و در مسنجر با ۷۵٪ خوانده می‌شوند؛ بالای ۹۰٪ بیرون از بازهٔ سنجیده‌شده است و ۹۷٪ همان «نرخ بازشدن ۹۸٪» بی‌پشتوانه در متن‌های تبلیغاتی فروشندگان است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="227"/>
        <source>Local businesses average 4.4 stars on Google. 4.8 is a top result; an average of 5.0 means no review below five stars, which more reviews make unlikely (ours).</source>
        <translation>میانگین امتیاز کسب‌وکارهای محلی در گوگل ۴٫۴ ستاره است. ۴٫۸ نتیجه‌ای درخشان است؛ میانگین ۵٫۰ یعنی هیچ نظری زیر پنج ستاره نباشد، که با زیادشدن نظرها بعیدتر می‌شود (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="230"/>
        <source>Ours, as a percentage of subscribers. Telegram channels&apos; views per post are commonly 20-40% of subscribers (a vendor&apos;s rule of thumb, no measured study found); above 80% most posts must be forwarded to non-subscribers.</source>
        <translation>داوری ما، به‌صورت درصدی از مشترکان. بازدید هر پست در کانال‌های تلگرام معمولاً ۲۰ تا ۴۰٪ مشترکان است (قاعده‌ای سرانگشتی از یک فروشنده؛ پژوهش سنجیده‌ای یافت نشد)؛ بالای ۸۰٪ بیشتر پست‌ها باید برای غیرمشترکان بازارسال شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="234"/>
        <source>Ours: some mentions are always neutral or negative; nearly all positive is ambitious, all of them unrealistic.</source>
        <translation>داوری ما: همیشه بخشی از اشاره‌ها خنثی یا منفی‌اند؛ تقریباً همه مثبت بلندپروازانه است و همه مثبت غیرواقع‌بینانه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="241"/>
        <source>The median GA4 bounce rate of all traffic is 45.9%, and visitors from social bounce more (70-90% on brand shops); below 30% is ambitious and below 15% unrealistic (ours).</source>
        <translation>میانهٔ نرخ پرش GA4 برای همهٔ ترافیک ۴۵٫۹٪ است و بازدیدکنندگان شبکه‌های اجتماعی بیشتر می‌پرند (۷۰ تا ۹۰٪ در فروشگاه‌های برندها)؛ زیر ۳۰٪ بلندپروازانه و زیر ۱۵٪ غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="245"/>
        <source>Ours. Replying four times faster needs a routine; twelve times faster needs someone watching all day. It is never unrealistic: Facebook&apos;s own badge asks for 15 minutes.</source>
        <translation>داوری ما. چهار برابر سریع‌تر پاسخ‌دادن یک روال می‌خواهد؛ دوازده برابر سریع‌تر کسی را می‌خواهد که تمام روز حواسش باشد. هرگز غیرواقع‌بینانه نیست: نشان خود فیس‌بوک ۱۵ دقیقه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="260"/>
        <source>US and global Facebook lead ads cost $22-49 a lead (2024-25). Half the lowest is ambitious; a fifth of it is unrealistic (ours).</source>
        <extracomment>the target (or the cost the budget implies) as a share of the lowest published figure</extracomment>
        <translation>هر سرنخ از تبلیغات فیس‌بوک در آمریکا و در سطح جهانی ۲۲ تا ۴۹ دلار هزینه دارد (۲۰۲۴–۲۰۲۵). نصفِ کمترین بلندپروازانه و یک‌پنجمش غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="276"/>
        <source>Our estimate: half an hour for a photo or text post (making, publishing, answering), an hour on Instagram and Snapchat, two hours for a short video (an agency reports about 2 hours per 25-second video). Most small businesses spend 1-10 hours a week on social media. More hours than given is ambitious; more than twice them is unrealistic for one person.</source>
        <extracomment>the hours a goal&apos;s posts need, as a multiple of the hours given</extracomment>
        <translation>برآورد ما: نیم ساعت برای پست عکس یا متن (ساختن، انتشار، پاسخ‌دادن)، یک ساعت در اینستاگرام و اسنپ‌چت، دو ساعت برای ویدیوی کوتاه (یک آژانس حدود ۲ ساعت برای هر ویدیوی ۲۵ ثانیه‌ای گزارش می‌کند). بیشتر کسب‌وکارهای کوچک ۱ تا ۱۰ ساعت در هفته صرف شبکه‌های اجتماعی می‌کنند. ساعت بیشتر از ساعت‌های موجود بلندپروازانه و بیش از دو برابرش برای یک نفر غیرواقع‌بینانه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="283"/>
        <source>Ours: posting more than twice what the most active brands post is a workload risk, not an impossibility.</source>
        <extracomment>posts a week above this multiple of the peers&apos; top quarter is a workload risk (advice)</extracomment>
        <translation>داوری ما: پست‌گذاشتن بیش از دو برابرِ فعال‌ترین برندها خطرِ فشار کاری است، نه ناممکن.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="310"/>
        <source>A small page&apos;s post reaches 11-23% of its followers on Facebook (2015) and 38-48% on Instagram (2018-19); reaching more people in a week than one has followers needs shares, non-followers&apos; feeds or ads (ours).</source>
        <extracomment>resources: an ambitious goal, or a leads or sales goal, with less time than this and no budget weekly organic reach above this multiple of the followers deserves a word</extracomment>
        <translation>پست یک صفحهٔ کوچک در فیس‌بوک به ۱۱ تا ۲۳٪ دنبال‌کنندگانش می‌رسد (۲۰۱۵) و در اینستاگرام به ۳۸ تا ۴۸٪ (۲۰۱۸–۲۰۱۹)؛ رسیدن در یک هفته به افرادی بیش از شمار دنبال‌کنندگان، هم‌رسانی، دیده‌شدن برای غیردنبال‌کنندگان یا تبلیغ می‌خواهد (داوری ما).</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="36"/>
        <source>needs at least 3 figures</source>
        <extracomment>A crossing further than this from today is reported as never (and keeps dates in range). The log-linear model must cut the squared error by more than this share to be chosen over the simpler straight line. z for the uncertainty band of ``interval``: about 80% of outcomes for normal errors.</extracomment>
        <translation>دست‌کم ۳ رقم لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="37"/>
        <source>all figures share one date</source>
        <translation>همهٔ ارقام تاریخ یکسانی دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="38"/>
        <source>needs figures on at least 3 different dates</source>
        <translation>ارقامی در دست‌کم ۳ تاریخ مختلف لازم است</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="183"/>
        <source>must be a finite number</source>
        <extracomment>followers (or subscribers) when the goal was set: the account&apos;s size, for KPIs judged by size band the KPI&apos;s definition changed since the goal was made (a plan from before &quot;ctr&quot; meant organic link CTR): the owner has to confirm it once, in the goal&apos;s edit No social-media figure comes near this (it is 125 times the world&apos;s population); above it, sums and fits of the figures lose their precision or overflow.</extracomment>
        <translation>باید عددی معین باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="185"/>
        <source>cannot be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="187"/>
        <source>is too large to be a real figure</source>
        <translation>بزرگ‌تر از آن است که رقمی واقعی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="189"/>
        <source>a percentage cannot be over 100</source>
        <translation>درصد نمی‌تواند بیشتر از ۱۰۰ باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="191"/>
        <source>a star rating cannot be over 5</source>
        <translation>امتیاز ستاره‌ای نمی‌تواند بیشتر از ۵ باشد</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="162"/>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="165"/>
        <location filename="../../src/planner/report/pdf_report.py" line="170"/>
        <source>Social media goals: summary</source>
        <translation>هدف‌های شبکه‌های اجتماعی: خلاصه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="167"/>
        <source>Period covered: %1 to %2</source>
        <translation>بازهٔ زمانی: %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="169"/>
        <source>Made on %1</source>
        <translation>تهیه‌شده در %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="170"/>
        <source>Goals in this report: %1</source>
        <translation>هدف‌های این گزارش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <location filename="../../src/planner/report/content.py" line="221"/>
        <source>Objective</source>
        <translation>هدف کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <location filename="../../src/planner/report/content.py" line="222"/>
        <source>KPI</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <location filename="../../src/planner/report/content.py" line="224"/>
        <source>Baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <source>Current</source>
        <translation>فعلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="176"/>
        <location filename="../../src/planner/report/content.py" line="225"/>
        <source>Target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="177"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="177"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="177"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="194"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="205"/>
        <source>ages %1–%2</source>
        <translation>سن %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="211"/>
        <source>anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="223"/>
        <source>Platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="226"/>
        <source>Period</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="226"/>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 تا %2 (%3 روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="230"/>
        <source>Serves</source>
        <translation>در خدمت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="231"/>
        <source>Audience</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="233"/>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="235"/>
        <source>Time a week</source>
        <translation>زمان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="258"/>
        <source>Nothing to warn about: this goal looks realistic.</source>
        <translation>هشداری نیست: این هدف واقع‌بینانه به نظر می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="267"/>
        <source>What to do: </source>
        <translation>چه باید کرد: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="274"/>
        <source>Suggested target</source>
        <translation>مقدار هدف پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="282"/>
        <source>Latest figures (%1 of %2)</source>
        <translation>آخرین ارقام (%1 از %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="285"/>
        <source>No figures yet.</source>
        <translation>هنوز رقمی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="297"/>
        <source> (archived)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="317"/>
        <source>no figures yet</source>
        <translation>هنوز رقمی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="318"/>
        <source>%1 of the way · latest %2 on %3</source>
        <translation>%1 از مسیر · آخرین رقم %2 در %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="59"/>
        <source>There is no goal %1 in this plan</source>
        <extracomment>Where paper is Letter rather than A4.</extracomment>
        <translation>هدف %1 در این برنامه وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="101"/>
        <source>Unknown page size %1 (use A4 or Letter)</source>
        <translation>اندازهٔ صفحهٔ ناشناخته: %1 (از A4 یا Letter استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="119"/>
        <source>The plan has no goals to report</source>
        <translation>این برنامه هدفی برای گزارش ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="202"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="22"/>
        <source>Nour Bakery</source>
        <translation>نانوایی نور</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="64"/>
        <location filename="../../src/planner/domain/sample.py" line="254"/>
        <source>Amman</source>
        <translation>شیراز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="70"/>
        <source>Grow Instagram followers to 1,900</source>
        <translation>رساندن دنبال‌کننده‌های اینستاگرام به ۱٬۹۰۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="72"/>
        <source>Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>دنبال‌کننده‌های اینستاگرام را با انتشار ریلز پخت صبحگاهی، چهار بار در هفته، ظرف ده ماه از ۱٬۲۰۰ به ۱٬۹۰۰ برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="86"/>
        <source>Be the bakery people in the neighbourhood think of first</source>
        <translation>نانوایی‌ای باشیم که اهل محل اول به یادش می‌افتند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="102"/>
        <source>Ramadan Reels series started</source>
        <translation>شروع مجموعهٔ ریلز ماه رمضان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="103"/>
        <source>Collaboration with a local food blogger</source>
        <translation>همکاری با یک بلاگر غذای محلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="110"/>
        <source>Website visits from social: 200 a week</source>
        <translation>بازدید سایت از شبکه‌های اجتماعی: ۲۰۰ در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="112"/>
        <source>Bring 200 visits a week from Facebook and Instagram to our order page by the end of the quarter, up from 80.</source>
        <translation>تا پایان فصل، بازدید هفتگی صفحهٔ سفارش از فیس‌بوک و اینستاگرام را از ۸۰ به ۲۰۰ برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="125"/>
        <source>Take more pre-orders online</source>
        <translation>پیش‌سفارش آنلاین بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="139"/>
        <source>Boosted a post: 40 USD</source>
        <translation>تبلیغ یک پست: ۴۰ دلار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="146"/>
        <source>TikTok: 50,000 followers in four months</source>
        <translation>تیک‌تاک: ۵۰٬۰۰۰ دنبال‌کننده در چهار ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="148"/>
        <source>Reach 50,000 TikTok followers in four months with behind-the-counter videos.</source>
        <translation>با ویدیوهای پشت پیشخوان، ظرف چهار ماه به ۵۰٬۰۰۰ دنبال‌کننده در تیک‌تاک برسیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="158"/>
        <source>Become known beyond our neighbourhood</source>
        <translation>بیرون از محلهٔ خودمان هم شناخته شویم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="172"/>
        <source>Facebook: 5% of people reached engage</source>
        <translation>فیس‌بوک: تعامل ۵٪ از افراد دسترسی‌یافته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="174"/>
        <source>Raise the share of people reached on our Facebook page who like, comment or share from 3.5% to 5% in six months by asking a question in every post.</source>
        <translation>با پرسیدن یک سؤال در هر پست، سهم افرادی از دسترسی صفحهٔ فیس‌بوک که لایک، نظر یا اشتراک می‌گذارند را ظرف شش ماه از ۳٫۵٪ به ۵٪ برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="187"/>
        <source>Regulars who talk about us</source>
        <translation>مشتریان ثابتی که از ما حرف می‌زنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="206"/>
        <source>Answer messages within 4 hours</source>
        <translation>پاسخ به پیام‌ها در کمتر از ۴ ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="208"/>
        <source>Cut our first response time on Facebook and X messages from 12 hours to 4 hours within five months.</source>
        <translation>زمان اولین پاسخ به پیام‌های فیس‌بوک و X را ظرف پنج ماه از ۱۲ ساعت به ۴ ساعت کاهش دهیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="220"/>
        <source>Customers get answers before they give up</source>
        <translation>مشتریان پیش از ناامید شدن پاسخ بگیرند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="237"/>
        <source>40 catering leads a month from Facebook</source>
        <translation>۴۰ سرنخ پذیرایی در ماه از فیس‌بوک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="239"/>
        <source>Collect 40 catering enquiries a month through the Facebook lead form by the end of next quarter, up from 15.</source>
        <translation>تا پایان فصل بعد، درخواست‌های پذیرایی از طریق فرم سرنخ فیس‌بوک را از ۱۵ به ۴۰ در ماه برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="252"/>
        <source>Grow the catering side of the business</source>
        <translation>رشد بخش پذیرایی کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="268"/>
        <source>Lead form ad: 100 USD</source>
        <translation>تبلیغ فرم سرنخ: ۱۰۰ دلار</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="44"/>
        <source>No figures yet</source>
        <extracomment>Behind, and the forecast reaches the target more than this many days after the deadline: &quot;at risk&quot;.</extracomment>
        <translation>بدون رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="45"/>
        <source>On track</source>
        <translation>در مسیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="46"/>
        <source>Ahead</source>
        <translation>جلوتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="47"/>
        <source>Behind</source>
        <translation>عقب</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="48"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="49"/>
        <source>Done</source>
        <translation>محقق شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/progress.py" line="50"/>
        <source>Missed</source>
        <translation>محقق نشد</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="30"/>
        <source>Grow Instagram followers by 20% in 3 months</source>
        <extracomment>target = baseline * factor (factor &lt; 1 for lower-is-better KPIs)</extracomment>
        <translation>افزایش ۲۰ درصدی دنبال‌کننده‌های اینستاگرام در ۳ ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="31"/>
        <source>Grow our Instagram followers by 20% in three months by posting Reels three times a week.</source>
        <translation>دنبال‌کننده‌های اینستاگراممان را ظرف سه ماه ۲۰ درصد افزایش دهیم، با انتشار ریلز سه بار در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="33"/>
        <source>Raise Facebook engagement per follower by a quarter in 6 months</source>
        <translation>افزایش ۲۵ درصدی تعامل به ازای دنبال‌کننده در فیس‌بوک در ۶ ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="34"/>
        <source>Raise engagement per follower on our Facebook page by a quarter in six months by asking a question in every post.</source>
        <translation>تعامل به ازای هر دنبال‌کننده را در صفحهٔ فیس‌بوکمان ظرف شش ماه یک‌چهارم بیشتر کنیم، با پرسیدن یک سؤال در هر پست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="37"/>
        <source>Double weekly website visits from social in 4 months</source>
        <translation>دو برابر کردن بازدید هفتگی وب‌سایت از شبکه‌های اجتماعی در ۴ ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="38"/>
        <source>Double the visits a week that Facebook and Instagram send to our website within four months.</source>
        <translation>بازدیدهای هفتگی‌ای را که فیس‌بوک و اینستاگرام به وب‌سایتمان می‌فرستند، ظرف چهار ماه دو برابر کنیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="41"/>
        <source>50% more leads a month from Facebook in a quarter</source>
        <translation>۵۰ درصد سرنخ فروش بیشتر در ماه از فیس‌بوک، در یک فصل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="42"/>
        <source>Collect 50% more leads a month through Facebook lead forms by the end of the quarter.</source>
        <translation>تا پایان این فصل، ماهانه ۵۰ درصد سرنخ فروش بیشتر از طریق فرم‌های جذب سرنخ فیس‌بوک جمع کنیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="44"/>
        <source>Answer customers within 4 hours</source>
        <translation>پاسخ به مشتریان ظرف ۴ ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="45"/>
        <source>Cut our first response time on X and Facebook to 4 hours within two months.</source>
        <translation>زمان اولین پاسخمان را در X و فیس‌بوک ظرف دو ماه به ۴ ساعت برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="47"/>
        <source>More brand mentions on X each week</source>
        <translation>اشاره‌های هفتگی بیشتر به برند در X</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="48"/>
        <source>Get 30% more mentions of our brand on X each week within three months.</source>
        <translation>ظرف سه ماه، هر هفته ۳۰ درصد اشارهٔ بیشتری به برندمان در X بگیریم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="50"/>
        <source>Grow TikTok video views per week by half in 3 months</source>
        <translation>افزایش ۵۰ درصدی بازدید هفتگی ویدیوهای تیک‌تاک در ۳ ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="51"/>
        <source>Grow the views our TikTok videos get each week by 50% in three months.</source>
        <translation>بازدید هفتگی ویدیوهای تیک‌تاکمان را ظرف سه ماه ۵۰ درصد افزایش دهیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="53"/>
        <source>More sales from Instagram and Pinterest shops</source>
        <translation>فروش بیشتر از فروشگاه‌های اینستاگرام و پینترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="54"/>
        <source>Sell 30% more a month through our Instagram shop and Pinterest Product Pins in four months.</source>
        <translation>ظرف چهار ماه، ماهانه ۳۰ درصد بیشتر از طریق فروشگاه اینستاگرام و پین‌های محصول پینترست بفروشیم.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="142"/>
        <location filename="../../src/planner/ui/formatting.py" line="97"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="235"/>
        <location filename="../../src/planner/ui/formatting.py" line="99"/>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="18"/>
        <source>a count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="19"/>
        <source>a percentage</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="20"/>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="21"/>
        <source>money</source>
        <translation>مبلغ</translation>
    </message>
</context>
</TS>
