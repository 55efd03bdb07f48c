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
        <location filename="../../src/planner/ui/observations_table.py" line="197"/>
        <source>Not saved: “%1” is not a number.</source>
        <translation>ذخیره نشد: «%1» عدد نیست.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="238"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="238"/>
        <source>Add a figure</source>
        <translation>افزودن یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="240"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="240"/>
        <source>Delete the selected figures</source>
        <translation>حذف ارقام انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="242"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="242"/>
        <source>Paste rows copied from a spreadsheet (date, value)</source>
        <translation>چسباندن ردیف‌های کپی‌شده از صفحه‌گسترده (تاریخ، مقدار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="244"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="244"/>
        <source>Import figures from a platform&apos;s export file</source>
        <translation>وارد کردن ارقام از فایل خروجی یک پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="297"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="329"/>
        <source>Deleted %1 figures. Edit &gt; Undo brings them back.</source>
        <translation>%1 رقم حذف شد. با ویرایش &gt; واگرد برمی‌گردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="350"/>
        <source>Some rows were not pasted</source>
        <translation>برخی ردیف‌ها چسبانده نشدند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="351"/>
        <source>%1 rows were added; %2 could not be read:</source>
        <translation>%1 ردیف اضافه شد؛ %2 ردیف خوانده نشد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="353"/>
        <source>Pasted %1 figures.</source>
        <translation>%1 رقم چسبانده شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="371"/>
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
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="166"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="73"/>
        <source>Import figures into “%1”</source>
        <translation>وارد کردن ارقام به «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="114"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="121"/>
        <source>&amp;Keep the figures already in the plan</source>
        <translation>&amp;نگه داشتن ارقامی که از قبل در برنامه هست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="123"/>
        <source>&amp;Replace them with the file&apos;s figures</source>
        <translation>&amp;جایگزینی آن‌ها با ارقام فایل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="129"/>
        <source>Days that already have a figure</source>
        <translation>روزهایی که از قبل رقم دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="139"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="147"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="148"/>
        <source>Recognised as:</source>
        <translation>شناسایی‌شده به‌عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="185"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="208"/>
        <source>Type a follower count and press Rebuild to see the totals.</source>
        <translation>تعداد دنبال‌کننده‌ها را بنویسید و «بازسازی» را بزنید تا مجموع‌ها را ببینید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="213"/>
        <source>%1 Choose them above, then press Read with these columns.</source>
        <translation>%1 آن‌ها را در بالا انتخاب کنید، سپس «خواندن با این ستون‌ها» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="271"/>
        <source>%1 Nothing will be imported.</source>
        <translation>%1 چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="87"/>
        <source>Figures without a platform are for:</source>
        <translation>ارقام بدون پلتفرم مربوط به:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="149"/>
        <source>Figures from:</source>
        <translation>ارقام از:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="153"/>
        <source>First rows understood:</source>
        <translation>اولین ردیف‌های خوانده‌شده:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="156"/>
        <source>Rows left out, and why:</source>
        <translation>ردیف‌های کنارگذاشته‌شده و دلیل آن:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="181"/>
        <source>Not recognised</source>
        <translation>شناسایی نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="182"/>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="255"/>
        <source>%1: %2. Nothing will be imported.</source>
        <translation>%1: %2. چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="251"/>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="274"/>
        <source>No figure could be read (%1 rows left out). Nothing will be imported.</source>
        <translation>هیچ رقمی خوانده نشد (%1 ردیف کنار گذاشته شد). چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="279"/>
        <source>Figures of %1 understood: %2, from %3 to %4. Rows left out: %5. Days that already have a figure: %6.</source>
        <translation>ارقامِ خوانده‌شدهٔ %1: %2، از %3 تا %4. ردیف‌های کنارگذاشته: %5. روزهایی که از قبل رقم دارند: %6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="339"/>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="370"/>
        <source>Cancelled. The plan was not changed.</source>
        <translation>لغو شد. برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="372"/>
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
    <name>MappingBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="40"/>
        <source>Your own table: which columns hold what?</source>
        <extracomment>Date formats a home-made table may use, each shown by an example.</extracomment>
        <translation>جدول خودتان: کدام ستون چه چیزی دارد؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="45"/>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="48"/>
        <source>&amp;Read with these columns</source>
        <translation>&amp;خواندن با این ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="52"/>
        <source>&amp;Date column:</source>
        <translation>ستون &amp;تاریخ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="53"/>
        <source>&amp;Value column:</source>
        <translation>ستون &amp;مقدار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="54"/>
        <source>Date &amp;format:</source>
        <translation>&amp;قالب تاریخ:</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="31"/>
        <source>Make it specific and measurable</source>
        <translation>هدف را مشخص و قابل اندازه‌گیری کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="32"/>
        <source>Say exactly what you want, and how you will know you got there: one KPI, where you are now, and the number you aim for. “Lots of followers” cannot be measured; “2,400 Instagram followers” can.</source>
        <translation>دقیقاً بگویید چه می‌خواهید و از کجا می‌فهمید به آن رسیده‌اید: یک شاخص (KPI)، جایی که الان هستید و عددی که هدف گرفته‌اید. «دنبال‌کنندهٔ زیاد» قابل اندازه‌گیری نیست؛ «۲٬۴۰۰ دنبال‌کننده در اینستاگرام» هست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="37"/>
        <source>e.g. Grow Instagram followers to 2,400</source>
        <translation>مثلاً: رساندن دنبال‌کننده‌های اینستاگرام به ۲٬۴۰۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="42"/>
        <source>e.g. Grow our Instagram followers from 1,200 to 2,400 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>مثلاً: دنبال‌کننده‌های اینستاگراممان را ظرف ده ماه از ۱٬۲۰۰ به ۲٬۴۰۰ برسانیم، با انتشار ریلز از پخت صبحگاهی چهار بار در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="47"/>
        <source>Show every KPI</source>
        <translation>نمایش همهٔ شاخص‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="48"/>
        <source>Offer KPIs the catalog lists for other objectives too</source>
        <translation>شاخص‌هایی را هم که فهرست برای هدف‌های کلی دیگر آورده است پیشنهاد بده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="52"/>
        <source>where you are now</source>
        <translation>جایی که الان هستید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="54"/>
        <source>where you want to be</source>
        <translation>جایی که می‌خواهید برسید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="59"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="60"/>
        <source>&amp;Goal, in a sentence:</source>
        <translation>هدف، در یک &amp;جمله:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="61"/>
        <source>&amp;KPI:</source>
        <translation>&amp;شاخص (KPI):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="64"/>
        <source>&amp;Baseline:</source>
        <translation>مقدار &amp;پایه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="66"/>
        <source>&amp;Target:</source>
        <translation>مقدار &amp;هدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="110"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="111"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="113"/>
        <source>Unit: %1 · %2</source>
        <translation>واحد: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="119"/>
        <source>Your latest figure for this KPI: %1</source>
        <translation>آخرین رقم شما برای این شاخص: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="129"/>
        <source>Give the goal a short title.</source>
        <translation>برای هدف یک عنوان کوتاه بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="131"/>
        <source>Say in a sentence what you want to achieve: the statement is empty.</source>
        <translation>در یک جمله بگویید به چه می‌خواهید برسید: جملهٔ هدف خالی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="134"/>
        <source>Choose the KPI you will measure.</source>
        <translation>شاخصی را که اندازه می‌گیرید انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="137"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="138"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="140"/>
        <source>Enter the %1.</source>
        <translation>%1 را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="142"/>
        <source>The %1 is not a number: “%2”.</source>
        <translation>%1 عدد نیست: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="146"/>
        <source>The %1 cannot be negative.</source>
        <translation>%1 نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="148"/>
        <source>The %1 is a percentage: it cannot be over 100.</source>
        <translation>%1 درصد است: نمی‌تواند بیشتر از ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="149"/>
        <source>The %1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="153"/>
        <source>For %1 lower is better: the target must be below the baseline (%2).</source>
        <translation>برای %1 کمتر بهتر است: مقدار هدف باید کمتر از مقدار پایه (%2) باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="155"/>
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
        <location filename="../../src/planner/ui/observations_table.py" line="81"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="81"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="81"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="81"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="82"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="115"/>
        <source>imported: %1</source>
        <translation>واردشده: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="116"/>
        <source>typed</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="116"/>
        <source>pasted</source>
        <translation>چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="116"/>
        <source>plan JSON</source>
        <translation>برنامهٔ JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="117"/>
        <source>sample plan</source>
        <translation>برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="127"/>
        <source>Not saved: that is not a date.</source>
        <translation>ذخیره نشد: این تاریخ نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="132"/>
        <source>Not saved: %1 is not a platform.</source>
        <translation>ذخیره نشد: %1 پلتفرم نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="138"/>
        <source>Not saved: the value %1.</source>
        <translation>ذخیره نشد: مقدار %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="149"/>
        <source>Not saved: there is already a figure for %1 on %2.</source>
        <translation>ذخیره نشد: برای %1 در تاریخ %2 از قبل رقمی ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>OthersBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="132"/>
        <source>Figures of a platform this goal is not on</source>
        <translation>ارقامِ پلتفرمی که این هدف روی آن نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="138"/>
        <source>&amp;Leave those figures out</source>
        <translation>آن ارقام را &amp;کنار بگذار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="161"/>
        <source>&amp;Add %1 to this goal (undone with the import)</source>
        <translation>%1 را به این هدف &amp;اضافه کن (با برگرداندن ورود، برگردانده می‌شود)</translation>
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
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="69"/>
        <source>★ Recommended for %1: %2. %3</source>
        <translation>★ پیشنهادی برای %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="103"/>
        <source>Choose at least one platform.</source>
        <translation>دست‌کم یک پلتفرم انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="109"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="112"/>
        <source>%1: %2 is not a possible value of this KPI.</source>
        <translation>%1: %2 مقدار ممکنی برای این شاخص نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="118"/>
        <source>baselines</source>
        <translation>مقدارهای پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="118"/>
        <source>targets</source>
        <translation>مقدارهای هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="125"/>
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
    <name>RebuildBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="77"/>
        <source>Daily changes: rebuild the follower totals</source>
        <translation>تغییرات روزانه: بازسازی تعداد کل دنبال‌کننده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="79"/>
        <source>e.g. 1,240</source>
        <translation>مثلاً ۱٬۲۴۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="83"/>
        <source>Re&amp;build</source>
        <translation>&amp;بازسازی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="89"/>
        <source>This file has the day&apos;s change in followers, not how many you have. Type how many followers you had on one day, and the totals of the other days are worked out from the changes.</source>
        <translation>این فایل تغییر روزانهٔ دنبال‌کننده‌ها را دارد، نه تعداد آن‌ها را. بنویسید در یک روز چند دنبال‌کننده داشتید تا مجموع روزهای دیگر از روی تغییرات حساب شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="93"/>
        <source>&amp;Followers:</source>
        <translation>&amp;دنبال‌کننده‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="98"/>
        <source>on</source>
        <translation>در</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="111"/>
        <source>A number of followers cannot be below 0.</source>
        <translation>تعداد دنبال‌کننده‌ها نمی‌تواند کمتر از ۰ باشد.</translation>
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
        <location filename="../../src/planner/ui/wizard/review_page.py" line="25"/>
        <source>Review your goal</source>
        <extracomment>Findings that speak to whether the goal is attainable (the A of SMART).</extracomment>
        <translation>هدف خود را مرور کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="26"/>
        <source>Read it as one sentence, check each SMART letter, and see what the figures say about it before you commit.</source>
        <translation>پیش از نهایی کردن، آن را به‌صورت یک جمله بخوانید، هر حرف SMART را بررسی کنید و ببینید ارقام دربارهٔ آن چه می‌گویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="35"/>
        <source>Specific</source>
        <translation>مشخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="35"/>
        <source>Measurable</source>
        <translation>قابل اندازه‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="36"/>
        <source>Attainable</source>
        <translation>دست‌یافتنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="36"/>
        <source>Relevant</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="37"/>
        <source>Time-bound</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="68"/>
        <source>A statement with a number, on chosen platforms.</source>
        <translation>جمله‌ای با یک عدد، در پلتفرم‌های انتخاب‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="69"/>
        <source>Name a number and the platforms in your statement.</source>
        <translation>در جملهٔ هدف یک عدد و نام پلتفرم‌ها را بیاورید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="70"/>
        <source>One KPI, a baseline and a target.</source>
        <translation>یک شاخص، یک مقدار پایه و یک مقدار هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="71"/>
        <source>Compared with your own pace and published figures.</source>
        <translation>مقایسه‌شده با سرعت پیشرفت خودتان و آمارهای منتشرشده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="74"/>
        <source>Linked to a business objective.</source>
        <translation>مرتبط با یک هدف کسب‌وکار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="75"/>
        <source>Say which business objective it serves.</source>
        <translation>بگویید در خدمت کدام هدف کسب‌وکار است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="76"/>
        <source>A start and a deadline.</source>
        <translation>یک تاریخ شروع و یک مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="83"/>
        <source>fine</source>
        <translation>خوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="83"/>
        <source>worth a look</source>
        <translation>ارزش بررسی دارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="84"/>
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
        <location filename="../../src/planner/domain/goals.py" line="203"/>
        <source>any gender</source>
        <translation>هر جنسیتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="204"/>
        <source>women</source>
        <translation>زنان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="205"/>
        <source>men</source>
        <translation>مردان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="206"/>
        <source>any income</source>
        <translation>هر سطح درآمدی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="207"/>
        <source>lower income</source>
        <translation>درآمد پایین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="208"/>
        <source>middle income</source>
        <translation>درآمد متوسط</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="209"/>
        <source>higher income</source>
        <translation>درآمد بالا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="210"/>
        <source>any family situation</source>
        <translation>هر وضعیت خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="211"/>
        <source>single</source>
        <translation>مجرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="212"/>
        <source>couples without children</source>
        <translation>زوج‌های بدون فرزند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="213"/>
        <source>families with young children</source>
        <translation>خانواده‌های دارای فرزند خردسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="214"/>
        <source>families with teenagers</source>
        <translation>خانواده‌های دارای فرزند نوجوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="215"/>
        <source>children grown up</source>
        <translation>با فرزندان بزرگسال</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="88"/>
        <source>Facebook</source>
        <translation>فیس‌بوک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="89"/>
        <source>The easiest and most popular; the largest audience and mature analytics.</source>
        <translation>ساده‌ترین و محبوب‌ترین؛ بیشترین مخاطب و ابزارهای آماری کامل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="90"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="91"/>
        <source>Pictures and short video: posts, Stories and Reels; a built-in shop.</source>
        <translation>عکس و ویدیوی کوتاه: پست، استوری و ریلز؛ با فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="92"/>
        <source>X (Twitter)</source>
        <translation>X (توییتر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="93"/>
        <source>News and events; reaches a wide audience fast; conversations and Spaces.</source>
        <translation>اخبار و رویدادها؛ به‌سرعت به مخاطبان گسترده می‌رسد؛ گفت‌وگوها و اسپیس‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="94"/>
        <source>YouTube</source>
        <translation>یوتیوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="94"/>
        <source>Long video that draws attention.</source>
        <translation>ویدیوی بلند که توجه را جلب می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="95"/>
        <source>TikTok</source>
        <translation>تیک‌تاک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="95"/>
        <source>Short video with wide reach, and a built-in shop.</source>
        <translation>ویدیوی کوتاه با دسترسی گسترده و فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="96"/>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="96"/>
        <source>Professional audience, business buyers and recruiting.</source>
        <translation>مخاطبان حرفه‌ای، خریداران سازمانی و استخدام.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="97"/>
        <source>Pinterest</source>
        <translation>پینترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="97"/>
        <source>Product Pins: people shop where they find ideas.</source>
        <translation>پین‌های محصول (Product Pins): مردم همان‌جا که ایده پیدا می‌کنند، خرید می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="98"/>
        <source>Snapchat</source>
        <translation>اسنپ‌چت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="98"/>
        <source>Young audience; content made for it, not reused.</source>
        <translation>مخاطبان جوان؛ محتوایی که مخصوص آن ساخته شده باشد، نه تکراری.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="99"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="99"/>
        <source>Your own site&apos;s analytics: visits and sales from social.</source>
        <translation>آمار سایت خودتان: بازدید و فروش از طریق شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="100"/>
        <source>Clubhouse</source>
        <translation>کلاب‌هاوس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="100"/>
        <source>Audio rooms: a voice that expresses the brand in depth.</source>
        <translation>اتاق‌های صوتی: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="101"/>
        <source>Spotify</source>
        <translation>اسپاتیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="101"/>
        <source>Podcasts: a voice that expresses the brand in depth.</source>
        <translation>پادکست: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="102"/>
        <source>Shopify</source>
        <translation>شاپیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="102"/>
        <source>A shop that sells straight from social posts.</source>
        <translation>فروشگاهی که مستقیم از پست‌های شبکه‌های اجتماعی می‌فروشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="111"/>
        <source>Followers</source>
        <translation>دنبال‌کننده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="112"/>
        <source>People following the account or page: a running total.</source>
        <translation>افرادی که حساب یا صفحه را دنبال می‌کنند: عددی تجمعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="113"/>
        <source>Reach per week</source>
        <translation>دسترسی (ریچ) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="114"/>
        <source>Distinct people who saw your posts in a week.</source>
        <translation>تعداد افراد متفاوتی که در یک هفته پست‌های شما را دیده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="115"/>
        <source>Impressions per week</source>
        <translation>نمایش (ایمپرشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="116"/>
        <source>Times your posts were shown in a week.</source>
        <translation>دفعاتی که پست‌های شما در یک هفته نمایش داده شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="117"/>
        <source>Video views per week</source>
        <translation>بازدید ویدیو در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="118"/>
        <source>Engagements per week</source>
        <translation>تعامل‌ها در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="119"/>
        <source>Likes, comments and shares on your posts in a week.</source>
        <translation>لایک، کامنت و اشتراک‌گذاری پست‌های شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="120"/>
        <source>Engagement rate (per follower)</source>
        <translation>نرخ تعامل (به ازای دنبال‌کننده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="122"/>
        <source>Engagements per post divided by followers. 10-100x lower than per impression.</source>
        <translation>تعامل هر پست تقسیم بر تعداد دنبال‌کننده‌ها. ۱۰ تا ۱۰۰ برابر کمتر از نرخ به ازای نمایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="123"/>
        <source>Engagement rate (per reach)</source>
        <translation>نرخ تعامل (به ازای دسترسی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="124"/>
        <source>Engagements divided by the people reached.</source>
        <translation>تعامل‌ها تقسیم بر تعداد افرادی که پست را دیده‌اند (دسترسی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="125"/>
        <source>Engagement rate (per impression)</source>
        <translation>نرخ تعامل (به ازای نمایش)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="126"/>
        <source>Engagements divided by impressions.</source>
        <translation>تعامل‌ها تقسیم بر تعداد نمایش‌ها (ایمپرشن).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="127"/>
        <source>Brand mentions per week</source>
        <translation>اشاره به برند (منشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="128"/>
        <source>Branded hashtag uses per week</source>
        <translation>استفاده از هشتگ برند در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="129"/>
        <source>Positive share of mentions</source>
        <translation>سهم اشاره‌های مثبت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="131"/>
        <source>Share of voice vs. competitors</source>
        <translation>سهم صدا در برابر رقبا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="132"/>
        <source>Your mentions as a share of all mentions of you and your competitors.</source>
        <translation>سهم اشاره‌ها به شما از کل اشاره‌ها به شما و رقبایتان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="133"/>
        <source>Website visits from social per week</source>
        <translation>بازدید وب‌سایت از شبکه‌های اجتماعی در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="134"/>
        <source>Link clicks per week</source>
        <translation>کلیک روی لینک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="135"/>
        <source>Click-through rate</source>
        <translation>نرخ کلیک (CTR)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="136"/>
        <source>Link clicks divided by impressions.</source>
        <translation>کلیک‌های لینک تقسیم بر تعداد نمایش‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>Conversions from social per month</source>
        <translation>تبدیل‌ها از شبکه‌های اجتماعی در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>Sales or sign-ups traced to social, e.g. by UTM parameters.</source>
        <translation>فروش یا ثبت‌نامی که ردش به شبکه‌های اجتماعی می‌رسد، مثلاً با پارامترهای UTM.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Conversion rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Conversions divided by visits from social.</source>
        <translation>تبدیل‌ها تقسیم بر بازدیدهای آمده از شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Share of conversions from social</source>
        <translation>سهم تبدیل‌ها از شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Bounce rate of social visitors</source>
        <translation>نرخ پرش بازدیدکنندگان شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>Visitors from social who leave after one page: lower is better.</source>
        <translation>بازدیدکنندگانی از شبکه‌های اجتماعی که پس از دیدن یک صفحه می‌روند: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="145"/>
        <source>Leads per month</source>
        <translation>سرنخ‌های فروش در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="146"/>
        <source>Names, e-mails or job details collected.</source>
        <translation>نام، ایمیل یا اطلاعات شغلی جمع‌آوری‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="147"/>
        <source>Cost per lead</source>
        <translation>هزینهٔ هر سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="148"/>
        <source>First response time</source>
        <translation>زمان اولین پاسخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="149"/>
        <source>Average hours until a customer gets a first reply: lower is better.</source>
        <translation>میانگین ساعت‌ها تا وقتی مشتری اولین پاسخ را بگیرد: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="150"/>
        <source>Customer satisfaction</source>
        <translation>رضایت مشتری</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="151"/>
        <source>Share of customers who say they were satisfied.</source>
        <translation>سهم مشتریانی که می‌گویند راضی بوده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="152"/>
        <source>Requests handled per person per week</source>
        <translation>درخواست‌های رسیدگی‌شده به ازای هر نفر در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="153"/>
        <source>Job applications per month</source>
        <translation>درخواست‌های شغلی (رزومه) در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="154"/>
        <source>Posts per week</source>
        <translation>پست در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="155"/>
        <source>Audience growth rate per month</source>
        <translation>نرخ رشد مخاطبان در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="156"/>
        <source>New followers in a month as a share of followers.</source>
        <translation>دنبال‌کننده‌های جدید یک ماه، به‌صورت درصدی از کل دنبال‌کننده‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="157"/>
        <source>Profile or page views per week</source>
        <translation>بازدید پروفایل یا صفحه در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="158"/>
        <source>Shares per week</source>
        <translation>اشتراک‌گذاری در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="159"/>
        <source>Replies by the business per week</source>
        <translation>پاسخ‌های کسب‌وکار در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="160"/>
        <source>Competitor mentions per week</source>
        <translation>اشاره به رقبا در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="161"/>
        <source>Photo tags per month</source>
        <translation>تگ در عکس‌ها در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="162"/>
        <source>Customer posts about you per month</source>
        <translation>پست‌های مشتریان دربارهٔ شما در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="163"/>
        <source>Likes per week</source>
        <translation>لایک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="164"/>
        <source>New followers per week</source>
        <translation>دنبال‌کنندهٔ تازه در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="165"/>
        <source>Followers gained minus followers lost in a week: the change, not the total.</source>
        <translation>دنبال‌کننده‌های به‌دست‌آمده منهای ازدست‌رفته در یک هفته: تغییر، نه تعداد کل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="170"/>
        <source>Brand awareness</source>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="171"/>
        <source>More people know your business exists and remember it.</source>
        <translation>افراد بیشتری کسب‌وکار شما را بشناسند و به خاطر بسپارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="175"/>
        <source>Video draws attention; X reaches a wide audience fast.</source>
        <translation>ویدیو توجه را جلب می‌کند؛ X به‌سرعت به مخاطبان گسترده می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="176"/>
        <source>Reputation management</source>
        <translation>مدیریت اعتبار برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="177"/>
        <source>People talk about your brand, and say good things.</source>
        <translation>مردم دربارهٔ برند شما حرف بزنند و از آن خوب بگویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="180"/>
        <source>Audio (Clubhouse, X Spaces, Spotify) lets the brand express its identity in depth.</source>
        <translation>صدا (کلاب‌هاوس، اسپیس‌های X، اسپاتیفای) به برند امکان می‌دهد هویت خود را عمیق بیان کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="181"/>
        <source>Website traffic</source>
        <translation>ترافیک وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="182"/>
        <source>Social posts send visitors to your website or shop.</source>
        <translation>پست‌های شبکه‌های اجتماعی بازدیدکننده به وب‌سایت یا فروشگاه شما بفرستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="185"/>
        <source>Link posts travel well there; Facebook is the easiest place to start.</source>
        <translation>پست‌های لینک‌دار آنجا خوب دیده می‌شوند؛ فیس‌بوک ساده‌ترین جا برای شروع است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="186"/>
        <source>Community engagement</source>
        <translation>تعامل با جامعهٔ مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="187"/>
        <source>Followers like, comment, share and talk with you.</source>
        <translation>دنبال‌کننده‌ها لایک کنند، کامنت بگذارند، به اشتراک بگذارند و با شما گفت‌وگو کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="191"/>
        <source>Facebook is the easiest and most popular; Instagram suits pictures and short video.</source>
        <translation>فیس‌بوک ساده‌ترین و محبوب‌ترین است؛ اینستاگرام برای عکس و ویدیوی کوتاه مناسب است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="192"/>
        <source>Conversions and sales</source>
        <translation>تبدیل و فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="193"/>
        <source>Social activity turns into sales you can trace.</source>
        <translation>فعالیت در شبکه‌های اجتماعی به فروشی تبدیل شود که بتوانید ردیابی‌اش کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="196"/>
        <source>Built-in shopping: the purchase happens where the post is.</source>
        <translation>خرید داخلی پلتفرم: خرید همان‌جایی انجام می‌شود که پست هست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="197"/>
        <source>Lead generation</source>
        <translation>جذب سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="198"/>
        <source>Collect contacts of people who may buy later.</source>
        <translation>اطلاعات تماس افرادی را جمع کنید که ممکن است بعداً خرید کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="201"/>
        <source>Facebook has the largest audience and mature analytics.</source>
        <translation>فیس‌بوک بیشترین مخاطب و ابزارهای آماری کامل را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="202"/>
        <source>Customer service</source>
        <translation>خدمات مشتریان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="203"/>
        <source>Answer customers quickly and well where they ask.</source>
        <translation>به مشتریان همان‌جا که سؤال می‌پرسند، سریع و درست پاسخ دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="206"/>
        <source>Conversational platforms, where customers already ask.</source>
        <translation>پلتفرم‌های گفت‌وگومحور، جایی که مشتریان همین حالا سؤال می‌پرسند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="207"/>
        <source>Social listening and market insight</source>
        <translation>شنود اجتماعی و شناخت بازار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="208"/>
        <source>Learn what people say about you, your competitors and your trade.</source>
        <translation>بفهمید مردم دربارهٔ شما، رقبایتان و صنفتان چه می‌گویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="211"/>
        <source>Public conversation happens there; most mentions on X come from small accounts.</source>
        <translation>گفت‌وگوهای عمومی آنجا اتفاق می‌افتد؛ بیشتر اشاره‌ها در X از حساب‌های کوچک می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="212"/>
        <source>Recruiting</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="213"/>
        <source>Find people who want to work with you.</source>
        <translation>افرادی را پیدا کنید که می‌خواهند با شما کار کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="216"/>
        <source>Where job seekers and their friends look.</source>
        <translation>جایی که جویندگان کار و دوستانشان سر می‌زنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="217"/>
        <source>Brand loyalty</source>
        <translation>وفاداری به برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="218"/>
        <source>Customers come back, tag you and post about you.</source>
        <translation>مشتریان دوباره بیایند، شما را تگ کنند و دربارهٔ شما پست بگذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="221"/>
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
        <location filename="../../src/planner/ui/commands.py" line="148"/>
        <source>Import %1 figures from %2</source>
        <translation>وارد کردن %1 رقم از %2</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="211"/>
        <location filename="../../src/planner/ui/describe.py" line="15"/>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="159"/>
        <location filename="../../src/planner/ui/findings_view.py" line="27"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="97"/>
        <location filename="../../src/planner/ui/import_texts.py" line="50"/>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="68"/>
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
        <location filename="../../src/planner/domain/realism.py" line="295"/>
        <source>Your own recent figures are the best guide: the platforms advise judging a trend over about 90 days.</source>
        <extracomment>The monthly growth of these KPIs is what the benchmark table&apos;s growth rows measure. Rates judged as a multiple of the platform&apos;s typical figure (BENCHMARKS.md: engagement per follower).</extracomment>
        <translation>ارقام اخیر خودتان بهترین راهنما هستند: پلتفرم‌ها توصیه می‌کنند روند را در بازهٔ حدود ۹۰ روز بسنجید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="298"/>
        <source>{kpi} has not moved towards the target over the last {weeks} weeks ({history} a month), but the goal needs {needed} a month.</source>
        <translation>{kpi} در {weeks} هفتهٔ گذشته به سمت هدف حرکت نکرده است ({history} در ماه)، اما هدف به {needed} در ماه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="301"/>
        <source>{kpi} has not moved towards the target over the last {weeks} weeks ({history} a week), but the goal needs {needed} a week.</source>
        <translation>{kpi} در {weeks} هفتهٔ گذشته به سمت هدف حرکت نکرده است ({history} در هفته)، اما هدف به {needed} در هفته نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="304"/>
        <source>Find out what changed, and change the content or the plan before counting on the target.</source>
        <translation>ببینید چه چیزی تغییر کرده و پیش از حساب کردن روی این هدف، محتوا یا برنامه را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="311"/>
        <source>The goal needs {needed} a month, {ratio} times the {history} a month your figures show over the last {weeks} weeks.</source>
        <translation>هدف به {needed} در ماه نیاز دارد؛ یعنی {ratio} برابر {history} در ماه که ارقام شما در {weeks} هفتهٔ گذشته نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="314"/>
        <source>The goal needs {needed} a week, {ratio} times the {history} a week your figures show over the last {weeks} weeks.</source>
        <translation>هدف به {needed} در هفته نیاز دارد؛ یعنی {ratio} برابر {history} در هفته که ارقام شما در {weeks} هفتهٔ گذشته نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="316"/>
        <source>This pace is unrealistic: lower the target or move the deadline.</source>
        <translation>این سرعت واقع‌بینانه نیست: مقدار هدف را کمتر کنید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="318"/>
        <source>Plan what will make the pace change (content, ads, time), or lower the target.</source>
        <translation>برنامه بریزید که چه چیزی سرعت را تغییر می‌دهد (محتوا، تبلیغات، زمان)، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="365"/>
        <source>Going from {base} to {target} followers in {months} months needs {cmgr} growth every month.</source>
        <translation>رسیدن از {base} به {target} دنبال‌کننده در {months} ماه به {cmgr} رشد در هر ماه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="369"/>
        <source>Published growth figures make more than {unrealistic} a month for three months, or {unrealistic_year} a month for a year, unrealistic; fast followings often come from ads or fake accounts.</source>
        <translation>طبق آمارهای منتشرشده، رشد بیش از {unrealistic} در ماه برای سه ماه، یا {unrealistic_year} در ماه برای یک سال، واقع‌بینانه نیست؛ دنبال‌کننده‌هایی که سریع جمع می‌شوند اغلب از تبلیغات یا حساب‌های جعلی می‌آیند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="373"/>
        <source>Set a target you can reach at a few percent a month.</source>
        <translation>هدفی بگذارید که با رشد چند درصد در ماه دست‌یافتنی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="376"/>
        <source>That is faster than the strongest published growth on {platform}: {strong} a month ({source}).</source>
        <translation>این از قوی‌ترین رشد منتشرشده در {platform} هم سریع‌تر است: {strong} در ماه ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="378"/>
        <source>Plan the ads or campaigns that would make it possible, or lower the target.</source>
        <translation>تبلیغات یا کمپین‌هایی را که این رشد را ممکن می‌کنند برنامه‌ریزی کنید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="381"/>
        <source>Growth above {ambitious} a month is ambitious for most accounts.</source>
        <translation>رشد بیش از {ambitious} در ماه برای بیشتر حساب‌ها بلندپروازانه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="436"/>
        <source>A target of {target} for {kpi} on {platform} is above {figure}, about the best any industry reaches there.</source>
        <translation>هدف {target} برای {kpi} در {platform} از {figure} بالاتر است؛ یعنی تقریباً بهترین رقمی که هر صنعتی آنجا به آن می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="439"/>
        <source>A target of {target} for {kpi} on {platform} is above {figure}, where published figures end.</source>
        <translation>هدف {target} برای {kpi} در {platform} از {figure} بالاتر است؛ یعنی بالاتر از بیشترین رقم منتشرشده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="442"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times the typical {figure}.</source>
        <translation>هدف {target} برای {kpi} در {platform}، {ratio} برابر رقم معمول ({figure}) است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="445"/>
        <source>{source}: {figure} ({note}); compared only with figures of the same definition.</source>
        <translation>{source}: {figure} ({note})؛ فقط با ارقامی با همان تعریف مقایسه شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="447"/>
        <source>Aim nearer {figure}, or check that your figure measures the same thing.</source>
        <translation>هدفی نزدیک‌تر به {figure} بگذارید، یا مطمئن شوید رقم شما همان چیز را اندازه می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="461"/>
        <source>The {field} of {value} for {kpi} is over 100%.</source>
        <translation>مقدار {field} ({value}) برای {kpi} بیش از ۱۰۰ درصد است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="463"/>
        <source>A percentage of something cannot be more than all of it.</source>
        <translation>درصد هیچ چیزی نمی‌تواند از کل آن بیشتر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="464"/>
        <source>Check the figure: perhaps it was entered as a count.</source>
        <translation>رقم را بررسی کنید: شاید به‌صورت تعداد وارد شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="476"/>
        <source>Aim for a first reply within {suggested} working hours, and within {x_hours} hour for complaints on X.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود و برای شکایت‌ها در X ظرف {x_hours} ساعت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="479"/>
        <source>Aim for a first reply within {suggested} working hours.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="481"/>
        <source>A first reply after {target} is slower than customers expect (more than {limit}).</source>
        <translation>اولین پاسخ پس از {target} کندتر از انتظار مشتریان است (بیش از {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="483"/>
        <source>Customers expect a reply within {suggested} hours ({source}).</source>
        <translation>مشتریان انتظار دارند ظرف {suggested} ساعت پاسخ بگیرند ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="493"/>
        <source>{target} posts a week is too little to move anything.</source>
        <translation>{target} پست در هفته کمتر از آن است که تغییری ایجاد کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="495"/>
        <source>Accounts that grow post several times a week.</source>
        <translation>حساب‌هایی که رشد می‌کنند هر هفته چند بار پست می‌گذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="496"/>
        <source>Post at least {minimum} time a week.</source>
        <translation>دست‌کم هفته‌ای {minimum} بار پست بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="504"/>
        <source>The deadline, {deadline}, has passed.</source>
        <translation>مهلت ({deadline}) گذشته است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="506"/>
        <source>Every goal needs a period that is still ahead.</source>
        <translation>هر هدف به بازهٔ زمانی‌ای نیاز دارد که هنوز پیش رو باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="507"/>
        <source>Set a new deadline, or archive the goal.</source>
        <translation>مهلت تازه‌ای تعیین کنید یا هدف را بایگانی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="511"/>
        <source>The goal runs for fewer than {minimum} days: too short to measure a change.</source>
        <translation>مدت هدف کمتر از {minimum} روز است: برای سنجیدن تغییر خیلی کوتاه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="514"/>
        <source>Social media is a marathon, not a sprint: figures need weeks to show a trend.</source>
        <translation>شبکه‌های اجتماعی ماراتن است، نه دوی سرعت: ارقام چند هفته زمان لازم دارند تا روندی را نشان دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="516"/>
        <source>Give the goal at least {minimum} days.</source>
        <translation>دست‌کم {minimum} روز به هدف زمان بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="521"/>
        <source>{months} months is too long to steer by one deadline.</source>
        <translation>{months} ماه برای هدایت کار با تنها یک مهلت خیلی طولانی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="523"/>
        <source>Platforms and their algorithms change quickly: goals need reviewing on the way.</source>
        <translation>پلتفرم‌ها و الگوریتم‌هایشان سریع تغییر می‌کنند: هدف‌ها باید در طول مسیر بازبینی شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="525"/>
        <source>Add milestones, for example one each quarter.</source>
        <translation>هدف‌های میانی اضافه کنید، مثلاً یکی برای هر فصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="535"/>
        <source>For {kpi} lower is better, but the target ({target}) is not below the baseline ({baseline}).</source>
        <translation>برای {kpi} کمتر بهتر است، اما مقدار هدف ({target}) کمتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="538"/>
        <source>For {kpi} higher is better, but the target ({target}) is not above the baseline ({baseline}).</source>
        <translation>برای {kpi} بیشتر بهتر است، اما مقدار هدف ({target}) بیشتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="541"/>
        <source>A goal that asks for no improvement cannot be tracked.</source>
        <translation>هدفی که هیچ بهبودی نمی‌خواهد قابل پیگیری نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="542"/>
        <source>Check the baseline and the target.</source>
        <translation>مقدار پایه و مقدار هدف را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="554"/>
        <source>{kpi} measures attention, not {objective}.</source>
        <translation>{kpi} میزان توجه را می‌سنجد، نه {objective} را.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="555"/>
        <source>Follower count is not success: 5,000 engaged followers who buy beat 50,000 who don&apos;t, and big followings often come from ads or fake accounts.</source>
        <translation>تعداد دنبال‌کننده‌ها به معنای موفقیت نیست: ۵٬۰۰۰ دنبال‌کنندهٔ فعال که خرید می‌کنند از ۵۰٬۰۰۰ دنبال‌کننده‌ای که خرید نمی‌کنند بهترند، و تعداد زیاد دنبال‌کننده اغلب حاصل تبلیغات یا حساب‌های جعلی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="558"/>
        <source>Measure it by one of: {kpis}.</source>
        <translation>آن را با یکی از این شاخص‌ها بسنجید: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="566"/>
        <source>The goal&apos;s statement has no number in it.</source>
        <translation>در جملهٔ هدف هیچ عددی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="568"/>
        <source>A goal like &quot;lots of followers&quot; cannot be evaluated.</source>
        <translation>هدفی مثل «دنبال‌کنندهٔ زیاد» قابل ارزیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="569"/>
        <source>Say how much, on which platform, by when.</source>
        <translation>بگویید چقدر، در کدام پلتفرم و تا چه زمانی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="572"/>
        <source>The goal names no platform.</source>
        <translation>در هدف هیچ پلتفرمی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="573"/>
        <source>Each platform needs its own content and its own goals.</source>
        <translation>هر پلتفرم محتوا و هدف‌های مخصوص خودش را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="574"/>
        <source>Choose the platforms where your audience is.</source>
        <translation>پلتفرم‌هایی را انتخاب کنید که مخاطبانتان آنجا هستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="586"/>
        <source>For {objective}, the usual platforms are {recommended}; you chose {chosen}.</source>
        <translation>برای {objective}، پلتفرم‌های رایج {recommended} هستند؛ شما {chosen} را انتخاب کرده‌اید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="588"/>
        <source>Recommended for {objective}: {why}</source>
        <translation>پیشنهادی برای {objective}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="589"/>
        <source>Consider {recommended}, if your audience is there.</source>
        <translation>اگر مخاطبانتان آنجا هستند، {recommended} را هم در نظر بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="602"/>
        <source>An ambitious goal with no budget and under {minimum} hours a week.</source>
        <translation>هدفی بلندپروازانه بدون بودجه و با کمتر از {minimum} ساعت در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="604"/>
        <source>Engagement takes real time every week, and creative work needs budget.</source>
        <translation>تعامل هر هفته وقت واقعی می‌گیرد و کار خلاقانه بودجه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="606"/>
        <source>Set aside at least {minimum} hours a week or a budget, or lower the target.</source>
        <translation>دست‌کم {minimum} ساعت در هفته یا بودجه‌ای کنار بگذارید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="620"/>
        <source>At the trend of the last {weeks} weeks, {kpi} will not reach {target}.</source>
        <translation>با روند {weeks} هفتهٔ گذشته، {kpi} به {target} نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="624"/>
        <source>At the trend of the last {weeks} weeks, {kpi} reaches {target} on {date}, {days} days after the deadline.</source>
        <translation>با روند {weeks} هفتهٔ گذشته، {kpi} در {date} به {target} می‌رسد؛ {days} روز پس از مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="627"/>
        <source>A {model} trend fitted to your recent figures.</source>
        <translation>روندی از نوع {model} که از ارقام اخیر شما به دست آمده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="628"/>
        <source>Change what you do, or move the deadline.</source>
        <translation>روش کارتان را تغییر دهید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="674"/>
        <source>your trend over the last {weeks} weeks</source>
        <translation>روند شما در {weeks} هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="686"/>
        <source>{sources}</source>
        <translation>{sources}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="692"/>
        <source>By {deadline} a realistic target for {kpi} is about {low}.</source>
        <translation>تا {deadline}، هدف واقع‌بینانه برای {kpi} حدود {low} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism.py" line="694"/>
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
        <location filename="../../src/planner/ui/findings_view.py" line="102"/>
        <source>Why: </source>
        <translation>چرا: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="276"/>
        <location filename="../../src/planner/ui/findings_view.py" line="149"/>
        <source>Based on: </source>
        <translation>بر اساس: </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="34"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="35"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="37"/>
        <source>typical growth</source>
        <translation>رشد معمول</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="38"/>
        <source>/month</source>
        <translation> در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="40"/>
        <source>straight-line</source>
        <translation>خطی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="41"/>
        <source>steady-growth</source>
        <translation>رشد ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="72"/>
        <source>Unrealistic</source>
        <translation>غیرواقع‌بینانه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="74"/>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="75"/>
        <source>Advice</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="118"/>
        <source>✔ Nothing to warn about: this goal looks realistic.</source>
        <translation>✔ هشداری نیست: این هدف واقع‌بینانه به نظر می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="152"/>
        <source>&amp;Use this</source>
        <translation>&amp;استفاده از این</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="154"/>
        <source>Put the suggested target into the goal</source>
        <translation>قرار دادن مقدار پیشنهادی به‌عنوان مقدار هدف</translation>
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
    <name>import</name>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="154"/>
        <source>This file counts new followers but not the ones lost, so the totals cannot be rebuilt from it: they would drift further from the truth every day.</source>
        <extracomment>Rows shown in the preview; every figure is still imported. Rejected rows kept one by one; the rest are counted. Rows written between two looks at Cancel. A figure may be dated up to this many days after today: the platforms&apos; day ends later in other time zones.</extracomment>
        <translation>این فایل دنبال‌کننده‌های تازه را می‌شمارد ولی ازدست‌رفته‌ها را نه؛ پس نمی‌شود تعداد کل را از آن بازسازی کرد: هر روز بیشتر از واقعیت دور می‌شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="238"/>
        <source>the value {value} is not a finite number</source>
        <translation>مقدار {value} عددی متناهی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="240"/>
        <source>the value {value} is below 0, which {kpi} cannot be</source>
        <translation>مقدار {value} کمتر از ۰ است، و {kpi} نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="243"/>
        <source>the value {value} is a percentage over 100</source>
        <translation>مقدار {value} درصدی بیش از ۱۰۰ است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="247"/>
        <location filename="../../src/planner/exchange/paste.py" line="73"/>
        <source>{day} is in the future</source>
        <translation>{day} در آینده است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="254"/>
        <location filename="../../src/planner/exchange/paste.py" line="76"/>
        <source>a second figure for {platform} on {day}</source>
        <translation>رقم دوم برای {platform} در {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="46"/>
        <source>The file has follower changes for several platforms ({platforms}); a count you type is for one of them.</source>
        <translation>فایل تغییرات دنبال‌کننده را برای چند پلتفرم دارد ({platforms})؛ عددی که می‌نویسید فقط برای یکی از آن‌هاست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="55"/>
        <source>Your count for {day} is taken as the count at the end of {last}, the file&apos;s last day.</source>
        <translation>عددِ شما برای {day} به‌عنوان تعداد در پایان {last}، آخرین روز فایل، در نظر گرفته شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="60"/>
        <source>The file&apos;s changes run from {first} to {last}: a count on {day} cannot be carried to them. Give the count on a day from {first} to the day after {last}.</source>
        <translation>تغییرات فایل از {first} تا {last} است: عددِ روز {day} را نمی‌شود به آن‌ها رساند. تعداد را برای روزی از {first} تا روز بعد از {last} بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="85"/>
        <source>the follower total on {day} cannot be rebuilt: the change on {gap} is missing</source>
        <translation>تعداد کل دنبال‌کننده‌ها در {day} بازسازی‌شدنی نیست: تغییرِ {gap} در فایل نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="90"/>
        <source>the rebuilt follower total on {day} is below 0: check the count you typed</source>
        <translation>تعداد کل بازسازی‌شده در {day} کمتر از ۰ است: عددی را که نوشتید بررسی کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="96"/>
        <source>Followers rebuilt from your count of {count} on {day} and the file&apos;s daily changes ({recipe}): {days} days, {first} to {last}.</source>
        <translation>دنبال‌کننده‌ها از روی عدد {count} شما در {day} و تغییرات روزانهٔ فایل ({recipe}) بازسازی شد: {days} روز، از {first} تا {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="31"/>
        <source>{n} more day</source>
        <extracomment>Rejections alike (the same problem in the same column) summarised in one line from this many on.</extracomment>
        <translation>{n} روز دیگر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="32"/>
        <source>{n} more days</source>
        <translation>{n} روز دیگر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="35"/>
        <source>rows {rows}</source>
        <translation>ردیف‌های {rows}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="36"/>
        <source>{n} more</source>
        <translation>{n} مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="38"/>
        <source>{count} rows ({where}): {reason}</source>
        <translation>{count} ردیف ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="43"/>
        <source>… and {n} more rows left out</source>
        <translation>… و {n} ردیف دیگر کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="50"/>
        <source>1 row skipped: {why}</source>
        <translation>یک ردیف نادیده گرفته شد: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="51"/>
        <source>{n} rows skipped: {why}</source>
        <translation>{n} ردیف نادیده گرفته شد: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="57"/>
        <source>The file has figures of {theirs}, and this goal is on {yours}: {count} figures would count toward a platform the goal does not have.</source>
        <translation>فایل ارقامِ {theirs} را دارد و این هدف روی {yours} است: {count} رقم برای پلتفرمی حساب می‌شد که این هدف ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="47"/>
        <source>it cannot be read ({error})</source>
        <translation>خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="50"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="37"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="205"/>
        <source>the file is empty</source>
        <translation>فایل خالی است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="58"/>
        <source>this is {layout}, with figures of {theirs}, not {yours}</source>
        <translation>این {layout} است، با ارقامِ {theirs}، نه {yours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="84"/>
        <source>a zip archive that is neither a spreadsheet nor a YouTube Studio export</source>
        <translation>بایگانی zip است، نه صفحه‌گسترده و نه خروجی YouTube Studio</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="88"/>
        <source>a damaged zip archive ({error})</source>
        <translation>بایگانی zip آسیب‌دیده ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="99"/>
        <source>the spreadsheet has no sheets</source>
        <translation>صفحه‌گسترده هیچ برگه‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="28"/>
        <source>the archive would expand to {size} MB or more ({member} is compressed {ratio} to 1): refused as a zip bomb</source>
        <translation>بایگانی پس از باز شدن به {size} مگابایت یا بیشتر می‌رسید ({member} با نسبت {ratio} به ۱ فشرده شده است): به‌عنوان بمب zip رد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="41"/>
        <source>this cannot be read as a spreadsheet ({error})</source>
        <translation>به‌عنوان صفحه‌گسترده خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="54"/>
        <source>the spreadsheet is damaged ({error})</source>
        <translation>صفحه‌گسترده آسیب دیده است ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="131"/>
        <source>the sheet “{sheet}” is empty</source>
        <translation>برگهٔ «{sheet}» خالی است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="104"/>
        <source>a date like 2025-03-21 or Mar 21, 2025</source>
        <extracomment>Chinese and Japanese (7月14日, 2025年7月14日) and Korean (7월 14일) dates, as TikTok writes them</extracomment>
        <translation>تاریخی مانند 2025-03-21 یا Mar 21, 2025</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="152"/>
        <source>the date is empty</source>
        <translation>تاریخ خالی است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="161"/>
        <location filename="../../src/planner/exchange/importers/dates.py" line="178"/>
        <source>date &apos;{cell}&apos; is not a date (expected {expected})</source>
        <translation>«{cell}» تاریخ نیست (انتظار می‌رفت: {expected})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="168"/>
        <source>date &apos;{cell}&apos; is ambiguous (day or month first?): choose a date format</source>
        <translation>تاریخ «{cell}» دو معنا دارد (اول روز یا ماه؟): قالب تاریخ را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="172"/>
        <source>date &apos;{cell}&apos; has no year</source>
        <translation>تاریخ «{cell}» سال ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="174"/>
        <source>date &apos;{cell}&apos; is not a date: its weekday does not match {day}</source>
        <translation>«{cell}» تاریخ درستی نیست: روز هفته‌اش با {day} نمی‌خواند</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="309"/>
        <source>Dates have a time of day and no time zone: each row counts on the day written in the file (the file&apos;s own time zone).</source>
        <translation>تاریخ‌ها ساعت دارند ولی منطقهٔ زمانی ندارند: هر ردیف برای همان روزی حساب می‌شود که در فایل نوشته شده (به وقتِ خود فایل).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="313"/>
        <source>Times are in UTC ({offset}): each row counts on its day in UTC.</source>
        <translation>ساعت‌ها به وقت UTC هستند ({offset}): هر ردیف برای روزش به وقت UTC حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="315"/>
        <source>Times have the offset {offset}: each row counts on its day at that offset, as written in the file.</source>
        <translation>ساعت‌ها اختلاف زمانی {offset} دارند: هر ردیف برای روزش با همین اختلاف، همان‌طور که در فایل آمده، حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="42"/>
        <source>Facebook&apos;s post-level export (Page Insights, Export data, Post data) has them.</source>
        <translation>خروجیِ سطح پست فیس‌بوک (Page Insights، Export data، Post data) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="44"/>
        <source>Facebook&apos;s page-level export (Page Insights, Export data, Page data) has them, one row per day.</source>
        <translation>خروجیِ سطح صفحهٔ فیس‌بوک (Page Insights، Export data، Page data) آن‌ها را دارد، یک ردیف برای هر روز.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="46"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. The page-level export has the day&apos;s reach.</source>
        <translation>دسترسیِ تک‌تک پست‌ها را نمی‌شود جمع زد، چون کسی که دو پست را دیده دو بار شمرده می‌شود. خروجیِ سطح صفحه دسترسیِ روز را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="68"/>
        <source>Facebook Page Insights, page level (one row per day)</source>
        <translation>Facebook Page Insights، سطح صفحه (یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="81"/>
        <source>Empty cells count as 0 (Facebook leaves a breakdown empty when a post has none of it).</source>
        <translation>خانه‌های خالی ۰ حساب می‌شوند (فیس‌بوک وقتی پستی از آن نوع چیزی ندارد خانه را خالی می‌گذارد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="84"/>
        <source>Facebook Page Insights, post level (one row per post)</source>
        <translation>Facebook Page Insights، سطح پست (یک ردیف برای هر پست)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="148"/>
        <source>Google Analytics 4 report without sessions or users</source>
        <extracomment>Sources that are social media whose platform cannot be told: Meta&apos;s Audience Network and Messenger, &quot;meta&quot; itself (Facebook or Instagram).</extracomment>
        <translation>گزارش Google Analytics 4 بدون جلسه (Sessions) یا کاربر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="150"/>
        <source>This Google Analytics 4 report has neither sessions nor users. In Analytics, open Reports, Acquisition, Traffic acquisition, add the Sessions metric (with Date and Session source / medium as dimensions), then download the file again.</source>
        <translation>این گزارش Google Analytics 4 نه جلسه دارد نه کاربر. در Analytics به Reports، Acquisition، Traffic acquisition بروید، سنجهٔ Sessions را اضافه کنید (با Date و Session source / medium به‌عنوان بُعد) و فایل را دوباره بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="157"/>
        <source>This report has no Sessions: {column} is taken as the visits, counting people rather than visits (lower when people come back).</source>
        <translation>این گزارش Sessions ندارد: {column} به‌جای بازدیدها گرفته شد؛ این ستون آدم‌ها را می‌شمارد نه بازدیدها را (وقتی کسی برمی‌گردد کمتر است).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="166"/>
        <source>Google Analytics 4 report without a Date dimension</source>
        <translation>گزارش Google Analytics 4 بدون بُعد Date</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="168"/>
        <source>This report has no Date dimension and no date range: add Date as a dimension in Analytics and download it again.</source>
        <translation>این گزارش نه بُعد Date دارد نه بازهٔ تاریخ: در Analytics بُعد Date را اضافه کنید و دوباره دانلودش کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="183"/>
        <source>{name} report by date and session source / medium (social media only)</source>
        <translation>گزارش {name} بر اساس تاریخ و منبع/رسانهٔ جلسه (فقط شبکه‌های اجتماعی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="185"/>
        <source>{name} report by session source / medium for {start} to {end} (social media only, one total)</source>
        <translation>گزارش {name} بر اساس منبع/رسانهٔ جلسه برای {start} تا {end} (فقط شبکه‌های اجتماعی، یک جمع)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="189"/>
        <source>{name} report by date (all traffic, not only social media)</source>
        <translation>گزارش {name} بر اساس تاریخ (همهٔ ترافیک، نه فقط شبکه‌های اجتماعی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="191"/>
        <source>{name} report for {start} to {end} (all traffic, one total)</source>
        <translation>گزارش {name} برای {start} تا {end} (همهٔ ترافیک، یک جمع)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="194"/>
        <source>The report has no Date dimension: it gives one total for {start} to {end}, dated {end}.</source>
        <translation>گزارش بُعد Date ندارد: یک جمع برای {start} تا {end} می‌دهد که به تاریخ {end} ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="229"/>
        <source>the report sums {days} days ({start} to {end}) with no Date dimension, and {kpi} counts per {period}. Download it for one {period}, or add Date as a dimension.</source>
        <translation>گزارش بدون بُعد Date جمعِ {days} روز است ({start} تا {end})، و {kpi} برای هر {period} شمرده می‌شود. آن را برای یک {period} دانلود کنید، یا Date را به‌عنوان بُعد اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="237"/>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="238"/>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="239"/>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="244"/>
        <source>not from social media</source>
        <translation>از شبکه‌های اجتماعی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="245"/>
        <source>from social media of no known platform (GA4 cannot tell which)</source>
        <translation>از شبکه‌های اجتماعی، ولی پلتفرمش معلوم نیست (GA4 نمی‌تواند بگوید کدام)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="87"/>
        <source>No column of this table is named after {kpi}: choose the date column and the column that holds the figures.</source>
        <translation>هیچ ستونی از این جدول به نام {kpi} نیست: ستون تاریخ و ستونی را که ارقام در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="93"/>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="376"/>
        <source>{kpi} = {formula}</source>
        <translation>{kpi} = {formula}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="148"/>
        <source>Some percentages in {column} are below 1. A spreadsheet cell shown as 2.25% holds 0.0225, which is read as 0.0225%: if the figures below are 100 times too small, type them as 2.25 in the spreadsheet, or save it as CSV and import that.</source>
        <translation>بعضی درصدهای {column} کمتر از ۱ هستند. خانه‌ای از صفحه‌گسترده که 2.25% نشان می‌دهد در واقع 0.0225 را نگه می‌دارد که 0.0225% خوانده می‌شود: اگر ارقام پایین ۱۰۰ برابر کوچک‌ترند، آن‌ها را در صفحه‌گسترده 2.25 بنویسید، یا فایل را CSV ذخیره و همان را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="211"/>
        <source>the row has {found} cells, {needed} needed</source>
        <translation>ردیف {found} خانه دارد، {needed} خانه لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="231"/>
        <source>{column} &apos;{cell}&apos; is negative, which {kpi} cannot be</source>
        <translation>«{cell}» در {column} منفی است، و {kpi} نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="235"/>
        <source>{column} &apos;{cell}&apos; is over 100%, which {kpi} cannot be</source>
        <translation>«{cell}» در {column} بیش از ۱۰۰٪ است، و {kpi} نمی‌تواند چنین باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="244"/>
        <source>&apos;{cell}&apos; is not a platform the planner knows</source>
        <translation>«{cell}» پلتفرمی نیست که برنامه‌ریز بشناسد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="259"/>
        <source>Table of your own (sheet {sheet})</source>
        <translation>جدول خودتان (برگهٔ {sheet})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="260"/>
        <source>Table of your own</source>
        <translation>جدول خودتان</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="268"/>
        <source>no layout is recognised, and its header has {columns} columns: this is not a table of figures</source>
        <translation>هیچ قالبی شناخته نشد و سرستون آن {columns} ستون دارد: این جدولِ ارقام نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="276"/>
        <source>it has no column “{name}” for the {what}; its columns are {columns}</source>
        <translation>ستونی به نام «{name}» برای {what} ندارد؛ ستون‌هایش این‌ها هستند: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="282"/>
        <source>dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="283"/>
        <source>figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="286"/>
        <source>platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="295"/>
        <source>&apos;{platform}&apos; is not a platform the planner knows</source>
        <translation>«{platform}» پلتفرمی نیست که برنامه‌ریز بشناسد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="326"/>
        <source>no platform&apos;s layout is recognised, and no column holds dates (columns: {columns})</source>
        <translation>قالب هیچ پلتفرمی شناخته نشد، و هیچ ستونی تاریخ ندارد (ستون‌ها: {columns})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="329"/>
        <source>no platform&apos;s layout is recognised, and several columns hold dates (columns: {columns})</source>
        <translation>قالب هیچ پلتفرمی شناخته نشد، و چند ستون تاریخ دارند (ستون‌ها: {columns})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="32"/>
        <source>LinkedIn&apos;s followers export (Page analytics, Followers, Export) has them.</source>
        <translation>خروجیِ دنبال‌کننده‌های لینکدین (Page analytics، Followers، Export) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="34"/>
        <source>LinkedIn&apos;s content export (Page analytics, Content, Export) has them.</source>
        <translation>خروجیِ محتوای لینکدین (Page analytics، Content، Export) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="81"/>
        <source>LinkedIn Page content metrics (sheet {sheet}, one row per day)</source>
        <translation>سنجه‌های محتوای صفحهٔ لینکدین (برگهٔ {sheet}، یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="111"/>
        <source>LinkedIn Page followers (sheet {sheet}, one row per day)</source>
        <translation>دنبال‌کننده‌های صفحهٔ لینکدین (برگهٔ {sheet}، یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="102"/>
        <source>its Total followers column is each day&apos;s new followers (the sum of the sources), not the number of followers, and LinkedIn gives no unfollows to rebuild that number from. Use a New followers goal, or type the figures.</source>
        <translation>ستون Total followers آن دنبال‌کننده‌های تازهٔ هر روز است (جمع منابع)، نه تعداد دنبال‌کننده‌ها، و لینکدین لغو دنبال‌ها را نمی‌دهد تا بشود آن تعداد را بازسازی کرد. از هدف «دنبال‌کنندهٔ تازه» استفاده کنید، یا ارقام را خودتان بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="108"/>
        <source>LinkedIn counts new followers, not unfollows: net new followers are lower by the unfollows.</source>
        <translation>لینکدین دنبال‌کننده‌های تازه را می‌شمارد، نه لغو دنبال‌ها را: خالصِ دنبال‌کننده‌های تازه به اندازهٔ لغو دنبال‌ها کمتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="160"/>
        <source>nothing the planner tracks</source>
        <translation>هیچ چیزی که برنامه‌ریز دنبال کند</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="46"/>
        <source>Meta Business Suite&apos;s daily files (Insights, Export data, one metric a day) have them.</source>
        <translation>فایل‌های روزانهٔ Meta Business Suite (Insights، Export data، هر روز یک سنجه) آن‌ها را دارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="48"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. Meta Business Suite&apos;s daily Reach file has the day&apos;s reach.</source>
        <translation>دسترسیِ تک‌تک پست‌ها را نمی‌شود جمع زد، چون کسی که دو پست را دیده دو بار شمرده می‌شود. فایل روزانهٔ Reach در Meta Business Suite دسترسیِ روز را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="64"/>
        <source>Meta Business Suite Instagram posts (one row per post, by publish time)</source>
        <translation>پست‌های اینستاگرام در Meta Business Suite (یک ردیف برای هر پست، بر اساس زمان انتشار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="68"/>
        <source>Meta Business Suite Facebook posts (one row per post, by publish time)</source>
        <translation>پست‌های فیس‌بوک در Meta Business Suite (یک ردیف برای هر پست، بر اساس زمان انتشار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="77"/>
        <source>Empty metric cells count as 0 (Meta leaves them empty when a post has none).</source>
        <translation>خانه‌های خالیِ سنجه‌ها ۰ حساب می‌شوند (متا وقتی پستی از آن چیزی ندارد، خانه را خالی می‌گذارد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="79"/>
        <source>Publish times have no time zone: each post counts on the day written in the file.</source>
        <translation>زمان‌های انتشار منطقهٔ زمانی ندارند: هر پست برای روزی حساب می‌شود که در فایل نوشته شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="101"/>
        <source>Meta writes each day with an hour (00:00 or 01:00, moving with daylight saving time): each row counts on the day written.</source>
        <translation>متا هر روز را با یک ساعت می‌نویسد (00:00 یا 01:00 که با ساعت تابستانی جابه‌جا می‌شود): هر ردیف برای روزِ نوشته‌شده حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="106"/>
        <source>Meta counts new follows in this file, not unfollows: net new followers are lower by the day&apos;s unfollows.</source>
        <translation>متا در این فایل دنبال‌کردن‌های تازه را می‌شمارد، نه لغو دنبال‌ها را: خالصِ دنبال‌کننده‌های تازه به اندازهٔ لغو دنبال‌های آن روز کمتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="109"/>
        <source>it has the day&apos;s new follows, not the number of followers, and no unfollows to rebuild that number from. Use a New followers goal, or type the figures.</source>
        <translation>دنبال‌کردن‌های تازهٔ روز را دارد، نه تعداد دنبال‌کننده‌ها را، و لغو دنبال‌ها را ندارد تا بشود آن تعداد را بازسازی کرد. از هدف «دنبال‌کنندهٔ تازه» استفاده کنید، یا ارقام را خودتان بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="113"/>
        <source>the metric “{title}” is not one the planner tracks.</source>
        <translation>سنجهٔ «{title}» از سنجه‌هایی نیست که برنامه‌ریز دنبال می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="116"/>
        <source>Meta Business Suite daily metric ({title})</source>
        <translation>سنجهٔ روزانهٔ Meta Business Suite ({title})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="53"/>
        <source>{sheet} row {row}: {reason}</source>
        <translation>{sheet} ردیف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="55"/>
        <location filename="../../src/planner/exchange/paste.py" line="39"/>
        <source>row {row}: {reason}</source>
        <translation>ردیف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="192"/>
        <source>It has figures of {kpis}.</source>
        <extracomment>The file counts new follows without unfollows: its changes are not net, so no totals from them.</extracomment>
        <translation>ارقامِ {kpis} را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="194"/>
        <source>This file has no figures of {kpi}: {hint} {has}</source>
        <translation>این فایل ارقامِ {kpi} را ندارد: {hint} {has}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="196"/>
        <source>This file has no figures of {kpi}. {has}</source>
        <translation>این فایل ارقامِ {kpi} را ندارد. {has}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="32"/>
        <source>{column} &apos;{cell}&apos; is not a number</source>
        <translation>«{cell}» در {column} عدد نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="33"/>
        <source>{column} &apos;{cell}&apos; is not a number (a spreadsheet may have turned it into a date)</source>
        <translation>«{cell}» در {column} عدد نیست (شاید صفحه‌گسترده آن را به تاریخ تبدیل کرده باشد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="35"/>
        <source>{column} &apos;{cell}&apos; is not a finite number</source>
        <translation>«{cell}» در {column} عددی متناهی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="36"/>
        <source>{column} &apos;{cell}&apos; is not a figure</source>
        <translation>«{cell}» در {column} رقم نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="37"/>
        <source>{column} is empty</source>
        <translation>{column} خالی است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="70"/>
        <source>{rate}, weighted by {weight}</source>
        <translation>{rate}، وزن‌دار با {weight}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="186"/>
        <source>a line of text below or between the figures</source>
        <extracomment>A row check: None to use the row, or the Skipped or Rejected item it becomes.</extracomment>
        <translation>یک سطر متن زیر یا میان ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="188"/>
        <source>not a row of figures ({found} cells, {needed} needed): {text}</source>
        <translation>ردیفِ ارقام نیست ({found} خانه، {needed} خانه لازم است): {text}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="204"/>
        <source>from {platform}, which the goal is not on</source>
        <translation>از {platform}، که هدف روی آن نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="225"/>
        <source>{column} &apos;{cell}&apos; is negative, which this figure cannot be</source>
        <translation>«{cell}» در {column} منفی است، و این رقم نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="236"/>
        <source>{column} is 0 while {other} is {value}, which cannot be: the platform did not count it</source>
        <translation>{column} صفر است در حالی که {other} برابر {value} است، که ممکن نیست: پلتفرم آن را نشمرده است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="243"/>
        <source>{problem} ({day} left out: its total would be incomplete)</source>
        <translation>{problem} ({day} کنار گذاشته شد: جمعش ناقص می‌شد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="257"/>
        <source>{day} appears again (first in row {first}); left out</source>
        <translation>{day} دوباره آمده است (بار اول در ردیف {first})؛ کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="262"/>
        <source>{column} is 0 on every post while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} در همهٔ پست‌ها صفر است ولی {other} نه: پلتفرم {column} را در این فایل نیاورده است. بعداً دوباره خروجی بگیرید، یا به‌جایش {other} را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="265"/>
        <source>{column} is 0 on every day while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} در همهٔ روزها صفر است ولی {other} نه: پلتفرم {column} را در این فایل نیاورده است. بعداً دوباره خروجی بگیرید، یا به‌جایش {other} را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="269"/>
        <source>{column} is below 0 on {days} (more deleted than added that day): counted net, and a day&apos;s total is never below 0.</source>
        <translation>{column} در {days} کمتر از ۰ است (آن روز بیشتر حذف شده تا اضافه): به‌صورت خالص حساب شد، و جمع یک روز هرگز کمتر از ۰ نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="275"/>
        <source>{posts} posts rolled into {days} days: each post&apos;s lifetime figures count on its publish day, and the posts of a day are added up.</source>
        <translation>{posts} پست در {days} روز جمع شد: ارقامِ تمام عمر هر پست برای روز انتشارش حساب می‌شود، و پست‌های یک روز با هم جمع می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="285"/>
        <source>{first} and {more} more days</source>
        <translation>{first} و {more} روز دیگر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="309"/>
        <source>{kpi} cannot be worked out for {day}: {columns} is 0</source>
        <translation>{kpi} برای {day} حساب‌شدنی نیست: {columns} صفر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="317"/>
        <source>{kpi} is {value}% on {day}, over 100%; left out</source>
        <translation>{kpi} در {day} برابر {value}٪ است، بیش از ۱۰۰٪؛ کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="326"/>
        <source>On {days} the parts add up to less than 0: counted as 0.</source>
        <translation>در {days} جمعِ اجزا کمتر از ۰ است: ۰ حساب شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="347"/>
        <source>{column} is 0 while it is above 0 on other days: not a real count; left out</source>
        <translation>{column} صفر است در حالی که در روزهای دیگر بیشتر از ۰ است: شمارش واقعی نیست؛ کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="353"/>
        <source>{column} is 0 on the day before {day}, then {value}: the platform had not counted yet, so that day is left out.</source>
        <translation>{column} در روزِ پیش از {day} صفر است و سپس {value}: پلتفرم هنوز نشمرده بود، پس آن روز کنار گذاشته شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="356"/>
        <source>{column} is 0 on the {n} days before {day}, then {value}: the platform had not counted yet, so those days are left out.</source>
        <translation>{column} در {n} روزِ پیش از {day} صفر است و سپس {value}: پلتفرم هنوز نشمرده بود، پس آن روزها کنار گذاشته شدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/columns.py" line="50"/>
        <source>it has a header but no rows of figures</source>
        <translation>سرستون دارد ولی هیچ ردیفی از ارقام ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="44"/>
        <source>this is binary data, not a table of figures (it contains NUL bytes)</source>
        <translation>این دادهٔ دودویی است، نه جدولِ ارقام (بایت NUL دارد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="55"/>
        <source>the text encoding cannot be recognised (not UTF-8, UTF-16 or a Windows code page)</source>
        <translation>کدگذاری متن شناخته نشد (نه UTF-8، نه UTF-16 و نه یک صفحه‌کد ویندوز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="104"/>
        <source>a row cannot be read ({error})</source>
        <translation>یک ردیف خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="119"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="226"/>
        <source>row {row} cannot be read ({error})</source>
        <translation>ردیف {row} خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="145"/>
        <source>line {line} is longer than {size} MB (millions of characters): this is not a table of figures</source>
        <extracomment>A physical line longer than this is not a row of figures: refused before csv splits it (a 50 MB line of commas would otherwise become a list of 50 million fields).</extracomment>
        <translation>سطر {line} بلندتر از {size} مگابایت است (میلیون‌ها نویسه): این جدولِ ارقام نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="232"/>
        <source>no complete row in the first {size} KB (a line is longer than that): this is not a table of figures</source>
        <translation>در {size} کیلوبایت اول هیچ ردیف کاملی نیست (سطری بلندتر از آن است): این جدولِ ارقام نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="236"/>
        <source>a row has more than {columns} columns: this is not a table of figures</source>
        <translation>ردیفی بیش از {columns} ستون دارد: این جدولِ ارقام نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="39"/>
        <source>TikTok&apos;s FollowerHistory file (TikTok Studio, Analytics, Followers, Download data) has them.</source>
        <translation>فایل FollowerHistory تیک‌تاک (TikTok Studio، Analytics، Followers، Download data) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="41"/>
        <source>TikTok&apos;s Overview file (TikTok Studio, Analytics, Overview, Download data) has them.</source>
        <translation>فایل Overview تیک‌تاک (TikTok Studio، Analytics، Overview، Download data) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="49"/>
        <source>TikTok Studio content (one row per video)</source>
        <translation>محتوای TikTok Studio (یک ردیف برای هر ویدیو)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="50"/>
        <source>This is TikTok&apos;s per-video Content file: each row is one video&apos;s figures since it was posted, so it has no daily figures. Export Overview or FollowerHistory instead (TikTok Studio, Analytics, Download data).</source>
        <translation>این فایل Content تیک‌تاک است که برای هر ویدیو یک ردیف دارد: هر ردیف ارقامِ یک ویدیو از زمان انتشارش است، پس رقم روزانه ندارد. به‌جایش Overview یا FollowerHistory را بگیرید (TikTok Studio، Analytics، Download data).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="55"/>
        <source>TikTok Studio overview (one row per day)</source>
        <translation>نمای کلی TikTok Studio (یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="58"/>
        <source>TikTok Studio follower history (one row per day)</source>
        <translation>تاریخچهٔ دنبال‌کنندگان TikTok Studio (یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="104"/>
        <source>TikTok writes dates without a year: the last row is taken as {last}, the latest such day up to {saved} (the day the file was saved), and earlier rows are counted back from it.</source>
        <translation>تیک‌تاک تاریخ‌ها را بدون سال می‌نویسد: آخرین ردیف {last} در نظر گرفته شد، یعنی آخرین چنین روزی تا {saved} (روز ذخیرهٔ فایل)، و ردیف‌های قبلی از آن به عقب شمرده شدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="47"/>
        <source>X&apos;s exports have no follower count, only New follows and Unfollows. The account overview gives the day&apos;s change (New followers); type how many followers you have on one day, and the planner rebuilds the totals from the changes.</source>
        <translation>خروجی‌های X تعداد دنبال‌کننده را ندارند، فقط New follows و Unfollows را. نمای کلی حساب، تغییر روزانه را می‌دهد (دنبال‌کنندهٔ تازه)؛ بنویسید در یک روز چند دنبال‌کننده داشتید تا برنامه‌ریز تعداد کل را از روی تغییرات بازسازی کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="51"/>
        <source>X&apos;s account overview (Analytics, Overview, Export data) has them, one row per day.</source>
        <translation>نمای کلی حساب X (Analytics، Overview، Export data) آن‌ها را دارد، یک ردیف برای هر روز.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="53"/>
        <source>X&apos;s account content export (Analytics, Content, Export data) has them.</source>
        <translation>خروجیِ محتوای حساب X (Analytics، Content، Export data) آن‌ها را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="61"/>
        <source>X/Twitter tweet activity (legacy, one row per tweet)</source>
        <translation>فعالیت توییت‌های X/Twitter (قدیمی، یک ردیف برای هر توییت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="69"/>
        <source>a link ending in status/undefined is not a post</source>
        <translation>پیوندی که به status/undefined ختم می‌شود پست نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="75"/>
        <source>X/Twitter account content (2024+, one row per post)</source>
        <translation>محتوای حساب X/Twitter (از ۲۰۲۴، یک ردیف برای هر پست)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="79"/>
        <source>X/Twitter account overview (2024+, one row per day)</source>
        <translation>نمای کلی حساب X/Twitter (از ۲۰۲۴، یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="55"/>
        <source>This is YouTube Studio&apos;s per-video Table data: each row is one video&apos;s figures over the whole period, dated by its publish day, so it has no figures per day. In Studio (Analytics, Advanced mode) export Chart data or Totals, or import the whole Studio zip that holds them.</source>
        <extracomment>Columns a Totals file holds besides the date: every one is a Studio metric.</extracomment>
        <translation>این Table data در YouTube Studio است که برای هر ویدیو یک ردیف دارد: هر ردیف ارقامِ یک ویدیو در کل دوره است که به تاریخ انتشارش ثبت شده، پس رقم روزانه ندارد. در Studio (Analytics، Advanced mode) فایل Chart data یا Totals را بگیرید، یا کل فایل zip استودیو را که آن‌ها را دارد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="59"/>
        <source>Studio&apos;s Subscribers are the day&apos;s net change, not the number of subscribers: a New followers goal takes them, or type how many subscribers you have on one day and the planner rebuilds the totals.</source>
        <translation>Subscribers در استودیو تغییر خالصِ روز است، نه تعداد مشترکان: هدف «دنبال‌کنندهٔ تازه» آن را می‌پذیرد، یا بنویسید در یک روز چند مشترک داشتید تا برنامه‌ریز تعداد کل را بازسازی کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="62"/>
        <source>Studio exports one metric at a time: choose {kpi} as the chart&apos;s metric in Advanced mode and export again.</source>
        <translation>استودیو هر بار یک سنجه را خروجی می‌دهد: در Advanced mode، {kpi} را سنجهٔ نمودار کنید و دوباره خروجی بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="79"/>
        <source>YouTube Studio totals (one row per day)</source>
        <translation>Totals در YouTube Studio (یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="82"/>
        <source>YouTube Studio chart data (one row per day and video)</source>
        <translation>Chart data در YouTube Studio (یک ردیف برای هر روز و ویدیو)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="84"/>
        <source>YouTube Studio table data (one row per video, over the whole period)</source>
        <translation>Table data در YouTube Studio (یک ردیف برای هر ویدیو، در کل دوره)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="97"/>
        <source>the Total row (the sum of the other rows)</source>
        <translation>ردیف Total (جمع ردیف‌های دیگر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="112"/>
        <source>Each day adds up the rows of its videos.</source>
        <translation>هر روز، ردیف‌های ویدیوهایش را جمع می‌زند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="127"/>
        <source>YouTube Studio export (zip: {files})</source>
        <translation>خروجی YouTube Studio (zip: {files})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_texts.py" line="51"/>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="53"/>
        <source>a date and a value separated by a tab are needed</source>
        <translation>یک تاریخ و یک مقدار لازم است که با Tab از هم جدا شده باشند</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="65"/>
        <source>&apos;{cell}&apos; is not a number</source>
        <translation>«{cell}» عدد نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="69"/>
        <source>the value {cell} {problem}</source>
        <translation>مقدار {cell}: {problem}</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="175"/>
        <source>must be a finite number</source>
        <extracomment>No social-media figure comes near this (it is 125 times the world&apos;s population); above it, sums and fits of the figures lose their precision or overflow.</extracomment>
        <translation>باید عددی معین باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="177"/>
        <source>cannot be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="179"/>
        <source>is too large to be a real figure</source>
        <translation>بزرگ‌تر از آن است که رقمی واقعی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="181"/>
        <source>a percentage cannot be over 100</source>
        <translation>درصد نمی‌تواند بیشتر از ۱۰۰ باشد</translation>
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
