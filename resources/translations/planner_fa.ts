<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="42"/>
        <source>About Social Goal Planner</source>
        <translation>دربارهٔ Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="52"/>
        <source>Social Goal Planner is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Social Goal Planner نرم‌افزاری آزاد است: می‌توانید آن را تحت شرایط پروانهٔ عمومی همگانی گنو (GNU GPL)، نسخهٔ ۳ یا هر نسخهٔ بعدی، بازنشر دهید و/یا تغییر دهید. این نرم‌افزار بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="87"/>
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="88"/>
        <source>&amp;Third-party software</source>
        <translation>نرم‌افزارهای &amp;دیگران</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="89"/>
        <source>&amp;Licence texts</source>
        <translation>متن &amp;پروانه‌ها</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="51"/>
        <source>%1 cannot be read (%2).</source>
        <extracomment>A picture file larger than this is not read at all (a logo is small; this is a photo or not a picture). Currencies offered (the owner may type any other): ISO 4217 codes common where the app is used.</extracomment>
        <translation>%1 خوانده نمی‌شود (%2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="53"/>
        <source>%1 is %2 MB: choose a picture under %3 MB.</source>
        <translation>حجم %1 برابر %2 مگابایت است: تصویری کمتر از %3 مگابایت انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="58"/>
        <source>%1 is not a picture this app can read (PNG, JPEG, BMP, GIF …).</source>
        <translation>%1 تصویری نیست که این برنامه بتواند بخواند (PNG، JPEG، BMP، GIF …).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="75"/>
        <source>The picture is still %1 KB as a 512-pixel PNG; the plan keeps logos up to %2 KB. A simpler picture (fewer colours, a plain background) will fit.</source>
        <translation>تصویر در قالب PNG با ۵۱۲ پیکسل هنوز %1 کیلوبایت است و برنامه لوگوها را تا %2 کیلوبایت نگه می‌دارد. تصویری ساده‌تر (رنگ‌های کمتر، پس‌زمینهٔ یکدست) جا می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="88"/>
        <source>Business details</source>
        <translation>مشخصات کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="96"/>
        <source>e.g. Nour Bakery</source>
        <translation>مثلاً: نانوایی نور</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="102"/>
        <source>C&amp;hoose a picture…</source>
        <translation>&amp;انتخاب تصویر…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="105"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="117"/>
        <source>N&amp;one</source>
        <translation>&amp;بدون رنگ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="145"/>
        <source>Business &amp;name:</source>
        <translation>&amp;نام کسب‌وکار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="146"/>
        <source>&amp;Logo:</source>
        <translation>&amp;لوگو:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="149"/>
        <source>&amp;Currency:</source>
        <translation>&amp;واحد پول:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="150"/>
        <source>Bran&amp;d colour:</source>
        <translation>&amp;رنگ برند:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="153"/>
        <source>&amp;Reports in:</source>
        <translation>&amp;زبان گزارش‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="154"/>
        <source>The PDF summary shows your name and logo on its cover, in your colour, in the language chosen here. The currency is offered for new goals.</source>
        <translation>گزارش خلاصهٔ PDF نام و لوگوی شما را با رنگ شما روی جلد نشان می‌دهد، به زبانی که اینجا انتخاب می‌کنید. واحد پول برای هدف‌های تازه پیشنهاد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="193"/>
        <source>no logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="195"/>
        <source>There is no logo to remove.</source>
        <translation>لوگویی برای حذف وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="200"/>
        <source>Brand colour</source>
        <translation>رنگ برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="211"/>
        <source>Choose a colour…</source>
        <translation>انتخاب رنگ…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="214"/>
        <source>No colour is chosen.</source>
        <translation>رنگی انتخاب نشده است.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="60"/>
        <source>Show the whole goal (reset zoom)</source>
        <translation>نمایش کل دورهٔ هدف (بازنشانی بزرگ‌نمایی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="61"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>خروجی گرفتن از نمودار به‌صورت PNG یا SVG</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="159"/>
        <source>target line: %1</source>
        <translation>خط هدف: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="176"/>
        <source>Export chart</source>
        <translation>خروجی نمودار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="176"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>تصویر PNG (*.png);;طرح برداری SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="184"/>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="186"/>
        <source>The chart was not exported</source>
        <translation>از نمودار خروجی گرفته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="135"/>
        <source>Last check-in: %1</source>
        <translation>آخرین بازبینی: %1</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="79"/>
        <source>Check in</source>
        <translation>بازبینی هفتگی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="86"/>
        <source>Show &amp;every goal, not only those waiting for figures</source>
        <translation>&amp;همه‌ی هدف‌ها را نشان بده، نه فقط آن‌هایی که منتظر ارقام‌اند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="123"/>
        <source>No goal waits for figures: every goal is up to date.</source>
        <translation>هیچ هدفی منتظر ارقام نیست: همه‌ی هدف‌ها به‌روزند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="130"/>
        <source>Nothing to check in. Tick “Show every goal” to update a goal anyway.</source>
        <translation>چیزی برای بازبینی نیست. برای به‌روز کردن یک هدف، «همه‌ی هدف‌ها را نشان بده» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="153"/>
        <source>Last figure: %1 on %2</source>
        <translation>آخرین رقم: %1 در %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="154"/>
        <source>No figure yet</source>
        <translation>هنوز رقمی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="155"/>
        <source>Target line today: %1</source>
        <translation>خط هدف امروز: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>late</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>due</source>
        <translation>موعد رسیده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>up to date</source>
        <translation>به‌روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="158"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="176"/>
        <source>%1: figure on %2</source>
        <translation>%1: رقم در %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="178"/>
        <source>now %1</source>
        <translation>اکنون %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="181"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="189"/>
        <source>%1: confidence</source>
        <translation>%1: اطمینان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="190"/>
        <source>– not said</source>
        <translation>– گفته نشده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="196"/>
        <source>One line: what happened (“Ramadan series started”, “ran an ad”)</source>
        <translation>یک خط: چه شد («مجموعه‌ی رمضان شروع شد»، «تبلیغ گذاشتیم»)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="197"/>
        <source>%1: note</source>
        <translation>%1: یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="199"/>
        <source>Confidence:</source>
        <translation>اطمینان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="201"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="237"/>
        <source>%1 did not fit: there are fewer entries below.</source>
        <translation>%1 جا نشد: خانه‌های پایین کمترند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="253"/>
        <source>%1, %2: “%3” is not a number.</source>
        <translation>%1، %2: «%3» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="257"/>
        <source>%1, %2: the value %3 %4.</source>
        <translation>%1، %2: مقدار %3 %4.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="263"/>
        <source>%1: choose how confident you are, to keep the note.</source>
        <translation>%1: برای نگه داشتن یادداشت، میزان اطمینانتان را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="281"/>
        <source>Nothing to save: type a figure or choose a confidence first.</source>
        <translation>چیزی برای ذخیره نیست: اول رقمی بنویسید یا اطمینان را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>day</source>
        <extracomment>Marks a right-to-left date may carry between its parts (RLM, ALM, isolates, embeddings). What may be typed at all: digits of any script, separators and spaces (a partial date is fine).</extracomment>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="62"/>
        <source>“%1” is not a date. Write it like %2 (%3), or as YYYY-MM-DD.</source>
        <translation>«%1» تاریخ نیست. آن را مانند %2 (%3) یا به‌صورت YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="86"/>
        <source>Enter a date.</source>
        <translation>یک تاریخ وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="107"/>
        <source>“%1”: write the year in full, with four digits (like %2).</source>
        <translation>«%1»: سال را کامل و با چهار رقم بنویسید (مانند %2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="110"/>
        <source>“%1” is not a date: there is no month %2 (months go from 1 to %3).</source>
        <translation>«%1» تاریخ نیست: ماه %2 وجود ندارد (ماه‌ها از ۱ تا %3 هستند).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="115"/>
        <source>“%1” is not a date: %2 has %3 days.</source>
        <translation>«%1» تاریخ نیست: %2 فقط %3 روز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="121"/>
        <source>“%1”: choose a date from %2 to %3.</source>
        <translation>«%1»: تاریخی از %2 تا %3 انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="191"/>
        <location filename="../../src/planner/ui/date_field.py" line="248"/>
        <source>Type a date like %1 (%2), or press Alt+Down for the calendar.</source>
        <translation>تاریخی مانند %1 (%2) بنویسید، یا برای تقویم Alt+پیکان پایین را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="194"/>
        <source>Choose from the calendar</source>
        <translation>انتخاب از تقویم</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="49"/>
        <source>Open the &amp;sample plan</source>
        <extracomment>The column&apos;s width, in average characters of the font: about a comfortable line of reading. The picture&apos;s size, in lines of the font.</extracomment>
        <translation>باز کردن &amp;برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="100"/>
        <source>Create your first goal</source>
        <translation>اولین هدف خود را بسازید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="102"/>
        <source>Turn “I want more followers” into a goal you can reach: pick what you want, how you will measure it, on which platforms, and by when. Then enter your figures and see if you are on track.</source>
        <translation>«دنبال‌کنندهٔ بیشتری می‌خواهم» را به هدفی دست‌یافتنی تبدیل کنید: انتخاب کنید چه می‌خواهید، آن را چطور می‌سنجید، در کدام پلتفرم‌ها و تا چه زمانی. بعد ارقام خود را وارد کنید و ببینید در مسیر درست هستید یا نه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="104"/>
        <source>&amp;Create your first goal</source>
        <translation>&amp;ساختن اولین هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="109"/>
        <source>No plan is open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="110"/>
        <source>Open a plan file, start a new one, or look around the sample plan.</source>
        <translation>یک فایل برنامه را باز کنید، برنامهٔ تازه‌ای شروع کنید یا نگاهی به برنامهٔ نمونه بیندازید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="111"/>
        <source>&amp;Open a plan…</source>
        <translation>&amp;باز کردن یک برنامه…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="27"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="28"/>
        <source>&amp;All goals that are not archived</source>
        <translation>&amp;همهٔ هدف‌هایی که بایگانی نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="30"/>
        <source>&amp;These goals:</source>
        <translation>&amp;این هدف‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="46"/>
        <source>The usual paper where you are</source>
        <translation>کاغذ رایج در منطقهٔ شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="48"/>
        <source>US Letter</source>
        <translation>Letter آمریکایی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="56"/>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="62"/>
        <source>&amp;Paper:</source>
        <translation>&amp;کاغذ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="54"/>
        <source>The plan&apos;s business details set the usual language of its reports</source>
        <translation>مشخصات کسب‌وکار در برنامه، زبان معمول گزارش‌ها را تعیین می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="63"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>FigureDelegate</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="299"/>
        <source>Not saved: “%1” is not a number.</source>
        <translation>ذخیره نشد: «%1» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="294"/>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="337"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="337"/>
        <source>Add a figure</source>
        <translation>افزودن یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="339"/>
        <source>Delete the selected figures</source>
        <translation>حذف ارقام انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="341"/>
        <source>Paste rows copied from a spreadsheet (date, value)</source>
        <translation>چسباندن ردیف‌های کپی‌شده از صفحه‌گسترده (تاریخ، مقدار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="343"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="343"/>
        <source>Import figures from a platform&apos;s export file</source>
        <translation>وارد کردن ارقام از فایل خروجی یک پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="396"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="476"/>
        <source>Some rows were not pasted</source>
        <translation>برخی ردیف‌ها چسبانده نشدند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="339"/>
        <source>Dele&amp;te</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="341"/>
        <source>Pa&amp;ste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="418"/>
        <source>Today already has a figure for %1, and no earlier period is missing one: change today&apos;s value here.</source>
        <translation>امروز برای %1 رقمی ثبت شده و هیچ دورهٔ قبلی هم بی‌رقم نیست: مقدار امروز را همین‌جا تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="425"/>
        <source>Added a figure for %1 on %2: type its value.</source>
        <translation>رقمی برای %1 در تاریخ %2 افزوده شد: مقدارش را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="458"/>
        <source>Deleted %1. Edit &gt; Undo reverses this.</source>
        <translation>%1 حذف شد. ویرایش &gt; واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="477"/>
        <source>Added %1; %2 could not be read:</source>
        <translation>%1 افزوده شد؛ %2 خوانده نشد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="487"/>
        <source>Pasted %1.</source>
        <translation>%1 چسبانده شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="434"/>
        <source>This goal&apos;s first period ends on %1: its figure can be added then.</source>
        <translation>نخستین دورهٔ این هدف در %1 تمام می‌شود: رقمش را از آن روز می‌توان افزود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="438"/>
        <source>Every period of this goal up to %1 has a figure for %2: change the last one here.</source>
        <translation>همهٔ دوره‌های این هدف تا %1 برای %2 رقم دارند: آخرینش را همین‌جا تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="481"/>
        <source>Pasted %1. %2</source>
        <translation>%1 چسبانده شد. %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="483"/>
        <source>Pasted %1. %2 are not dated on the last day of the goal&apos;s period that holds them: each is still that period&apos;s total (the dates are kept as pasted).</source>
        <translation>%1 چسبانده شد. %2 در روز آخرِ دوره‌ای از هدف که در آن قرار دارند ثبت نشده‌اند: هر کدام همچنان جمعِ همان دوره است (تاریخ‌ها همان‌طور که چسبانده شد ماندند).</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="58"/>
        <source>%1 of the way</source>
        <translation>%1 از مسیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="61"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (هدف %3)</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="227"/>
        <source>one goal</source>
        <translation>یک هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="227"/>
        <source>%1 goals</source>
        <translation>%1 هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="293"/>
        <source>late</source>
        <translation>دیرکرد</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="135"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="178"/>
        <source>Fi&amp;ndings</source>
        <translation>&amp;یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="136"/>
        <source>SMART &amp;details</source>
        <translation>&amp;جزئیات SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="166"/>
        <source> (archived)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="177"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>&amp;یافته‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="134"/>
        <source>Figu&amp;res</source>
        <translation>ار&amp;قام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="191"/>
        <source>Use the target %1 for “%2”</source>
        <translation>استفاده از مقدار هدف %1 برای «%2»</translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="85"/>
        <source>All goals</source>
        <translation>همهٔ هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="87"/>
        <source>Every goal at a glance (Alt+Home)</source>
        <translation>همهٔ هدف‌ها در یک نگاه (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="109"/>
        <source>Figures late: %1</source>
        <translation>ارقام با تأخیر: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="109"/>
        <source>Waits for figures: %1</source>
        <translation>منتظر ارقام: %1</translation>
    </message>
</context>
<context>
    <name>GoalListPanel</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="335"/>
        <source>Show goals</source>
        <translation>نمایش هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="340"/>
        <source>Archived</source>
        <translation>بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="341"/>
        <source>Show archived goals too</source>
        <translation>هدف‌های بایگانی‌شده هم نشان داده شوند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="348"/>
        <source>Goals</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="336"/>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="350"/>
        <source>Goa&amp;ls</source>
        <translation>ه&amp;دف‌ها</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="39"/>
        <source>Edit goal</source>
        <translation>ویرایش هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="39"/>
        <source>New goal</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="45"/>
        <source>&amp;Create goal</source>
        <translation>&amp;ساختن هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="213"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="45"/>
        <source>Sa&amp;ve changes</source>
        <translation>ذخیرهٔ &amp;تغییرات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="75"/>
        <source>&amp;Back</source>
        <translation>&amp;عقب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="76"/>
        <source>&amp;Next</source>
        <translation>بع&amp;دی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="200"/>
        <source>the title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="201"/>
        <source>the statement</source>
        <translation>جملهٔ هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="204"/>
        <source>Check the wording on the second page: %1 did not write the old target, %2.</source>
        <translation>متن صفحهٔ دوم را بررسی کنید: %1 مقدار هدف قبلی، %2، را ننوشته بود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="205"/>
        <source> and </source>
        <translation> و </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="167"/>
        <source>Guide</source>
        <translation>راهنمای کار</translation>
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
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="131"/>
        <source>Days that already have a figure</source>
        <translation>روزهایی که از قبل رقم دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="141"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="149"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="150"/>
        <source>Recognised as:</source>
        <translation>شناسایی‌شده به‌عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="283"/>
        <source>%1 of %2 understood, from %3 to %4; %5 left out; days that already have a figure: %6.</source>
        <translation>%1 از %2 خوانده شد، از %3 تا %4؛ %5 کنار گذاشته شد؛ روزهایی که از پیش رقمی دارند: %6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="87"/>
        <source>Figures without a platform are for:</source>
        <translation>ارقام بدون پلتفرم مربوط به:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="155"/>
        <source>First rows understood:</source>
        <translation>اولین ردیف‌های خوانده‌شده:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="158"/>
        <source>Rows left out, and why:</source>
        <translation>ردیف‌های کنارگذاشته‌شده و دلیل آن:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="183"/>
        <source>Not recognised</source>
        <translation>شناسایی نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="184"/>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="257"/>
        <source>%1: %2. Nothing will be imported.</source>
        <translation>%1: %2. چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="253"/>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="343"/>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="374"/>
        <source>Cancelled. The plan was not changed.</source>
        <translation>لغو شد. برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="376"/>
        <source>The import failed: %1. The plan was not changed.</source>
        <translation>وارد کردن ناموفق بود: %1. برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="277"/>
        <source>No figure could be read (%1 left out). Nothing will be imported.</source>
        <translation>هیچ رقمی خوانده نشد (%1 کنار گذاشته شد). چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="187"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="210"/>
        <source>Type a follower count and press Rebuild to see the totals.</source>
        <translation>تعداد دنبال‌کننده‌ها را بنویسید و «بازسازی» را بزنید تا مجموع‌ها را ببینید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="215"/>
        <source>%1 Choose them above, then press Read with these columns.</source>
        <translation>%1 آن‌ها را در بالا انتخاب کنید، سپس «خواندن با این ستون‌ها» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="274"/>
        <source>%1 Nothing will be imported.</source>
        <translation>%1 چیزی وارد نخواهد شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="151"/>
        <source>Figures from:</source>
        <translation>ارقام از:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="129"/>
        <source>Periods that already have a figure</source>
        <translation>دوره‌هایی که از قبل رقم دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="281"/>
        <source>%1 of %2, one per period, from %3 to %4; %5 left out; periods that already have a figure: %6.</source>
        <translation>%1 از %2، یک رقم برای هر دوره، از %3 تا %4؛ %5 کنار گذاشته شد؛ دوره‌هایی که از پیش رقمی دارند: %6.</translation>
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
        <location filename="../../src/planner/ui/main_window.py" line="137"/>
        <source>&amp;New plan…</source>
        <translation>برنامهٔ &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="138"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;باز کردن برنامه…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="140"/>
        <source>Import &amp;figures…</source>
        <translation>وارد کردن &amp;ارقام…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="142"/>
        <source>Import figures from a platform&apos;s analytics export into the selected goal</source>
        <translation>وارد کردن ارقام از فایل خروجی آمار یک پلتفرم به هدف انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="144"/>
        <source>Export &amp;PDF summary…</source>
        <translation>خروجی &amp;گزارش خلاصهٔ PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="145"/>
        <source>A PDF of your goals, their charts and findings, to print or send</source>
        <translation>یک PDF از هدف‌ها، نمودارها و یافته‌هایشان برای چاپ یا ارسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="147"/>
        <source>Import plan from &amp;JSON…</source>
        <translation>وارد &amp;کردن برنامه از JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="148"/>
        <source>&amp;Export plan as JSON…</source>
        <translation>خروجی برنامه به‌&amp;صورت JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="150"/>
        <source>Replace the plan with one of its automatic backups</source>
        <translation>جایگزینی برنامه با یکی از پشتیبان‌های خودکار آن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="167"/>
        <source>&amp;Close plan</source>
        <translation>ب&amp;ستن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="170"/>
        <source>Open &amp;sample plan</source>
        <translation>باز کردن برنامهٔ &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="171"/>
        <source>&amp;About Social Goal Planner</source>
        <translation>&amp;دربارهٔ Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="175"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="180"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="188"/>
        <source>&amp;New goal…</source>
        <translation>هدف &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="189"/>
        <source>Create a goal with the SMART wizard</source>
        <translation>ساختن یک هدف با راهنمای گام‌به‌گام SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="190"/>
        <source>&amp;Edit goal…</source>
        <translation>&amp;ویرایش هدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="191"/>
        <source>D&amp;uplicate goal</source>
        <translation>&amp;تکثیر هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="193"/>
        <location filename="../../src/planner/ui/main_window.py" line="440"/>
        <source>&amp;Archive goal</source>
        <translation>&amp;بایگانی هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="195"/>
        <source>&amp;Delete goal…</source>
        <translation>&amp;حذف هدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="221"/>
        <source>Open &amp;recent</source>
        <translation>باز کردن &amp;موارد اخیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="237"/>
        <source>&amp;Goal</source>
        <translation>&amp;هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="249"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="253"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="257"/>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="272"/>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="322"/>
        <source>(no recent plans)</source>
        <translation>(برنامهٔ اخیری نیست)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="325"/>
        <source>Clear the list</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="357"/>
        <location filename="../../src/planner/ui/main_window.py" line="364"/>
        <source>The plan cannot be opened</source>
        <translation>برنامه باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="358"/>
        <location filename="../../src/planner/ui/main_window.py" line="364"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="377"/>
        <source>Opened read-only: %1</source>
        <translation>فقط برای خواندن باز شد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="379"/>
        <source>Opened read-only</source>
        <translation>فقط برای خواندن باز شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="380"/>
        <source>%1

This plan is open read-only: %2.</source>
        <translation>%1

این برنامه فقط برای خواندن باز است: %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="382"/>
        <source>The plan was updated to the new format; a backup was kept at %1</source>
        <translation>برنامه به قالب جدید به‌روزرسانی شد؛ یک نسخهٔ پشتیبان در %1 نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="412"/>
        <source>No plan open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="419"/>
        <source> (read-only: %1)</source>
        <translation> (فقط خواندنی: %1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="420"/>
        <source>%1 — saved in %2%3</source>
        <translation>%1 — ذخیره‌شده در %2%3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="439"/>
        <source>Restore goal</source>
        <translation>بازگرداندن هدف از بایگانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="552"/>
        <source>%1 (copy)</source>
        <translation>%1 (رونوشت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="553"/>
        <source>Duplicate goal “%1”</source>
        <translation>تکثیر هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="569"/>
        <source>Delete goal</source>
        <translation>حذف هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="571"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="576"/>
        <source>Social Goal Planner plans (*%1);;All files (*)</source>
        <translation>برنامه‌های Social Goal Planner (*%1);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="588"/>
        <location filename="../../src/planner/ui/main_window.py" line="595"/>
        <source>New plan</source>
        <translation>برنامهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="595"/>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 از قبل وجود دارد. آن را باز کنید یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="601"/>
        <source>Open plan</source>
        <translation>باز کردن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="608"/>
        <source>Save a copy as</source>
        <translation>ذخیرهٔ رونوشت با نام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="615"/>
        <source>The copy was not saved</source>
        <translation>رونوشت ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="617"/>
        <source>Saved a copy to %1</source>
        <translation>یک رونوشت در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="631"/>
        <source>The backup was not restored</source>
        <translation>پشتیبان بازیابی نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="636"/>
        <source>Restored the plan from %1; the plan as it was is kept in %2</source>
        <translation>برنامه از %1 بازیابی شد؛ نسخهٔ قبلی برنامه در %2 نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="661"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="662"/>
        <source>The new language applies when Social Goal Planner starts again. Restart now? Your plan is saved.</source>
        <translation>زبان جدید پس از اجرای دوبارهٔ Social Goal Planner اعمال می‌شود. همین حالا دوباره اجرا شود؟ برنامهٔ شما ذخیره شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="663"/>
        <source>Restart now</source>
        <translation>اجرای دوباره</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="697"/>
        <source>Sample plan</source>
        <translation>برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="707"/>
        <source>The sample plan cannot be made</source>
        <translation>برنامهٔ نمونه ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="716"/>
        <source>Export plan as JSON</source>
        <translation>خروجی برنامه به‌صورت JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="716"/>
        <source>Plan JSON (*.json)</source>
        <translation>فایل JSON برنامه (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="724"/>
        <location filename="../../src/planner/ui/main_window.py" line="727"/>
        <source>The plan was not exported</source>
        <translation>از برنامه خروجی گرفته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="745"/>
        <location filename="../../src/planner/ui/main_window.py" line="767"/>
        <source>Import plan from JSON</source>
        <translation>وارد کردن برنامه از JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="746"/>
        <source>Plan JSON (*.json);;All files (*)</source>
        <translation>فایل JSON برنامه (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="773"/>
        <location filename="../../src/planner/ui/main_window.py" line="784"/>
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="785"/>
        <source>%1 has problems; the plan was not changed.</source>
        <translation>%1 ایراد دارد؛ برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="802"/>
        <location filename="../../src/planner/ui/main_window.py" line="809"/>
        <location filename="../../src/planner/ui/main_window.py" line="843"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="803"/>
        <source>The plan has no goals yet, so there is nothing to report. Create a goal first.</source>
        <translation>این برنامه هنوز هدفی ندارد، پس چیزی برای گزارش نیست. اول یک هدف بسازید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="809"/>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="818"/>
        <location filename="../../src/planner/ui/main_window.py" line="829"/>
        <location filename="../../src/planner/ui/main_window.py" line="832"/>
        <source>The PDF was not made</source>
        <translation>PDF ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="840"/>
        <source>The PDF export was cancelled; nothing was written.</source>
        <translation>خروجی PDF لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="842"/>
        <source>Wrote the PDF summary to %1</source>
        <translation>گزارش خلاصهٔ PDF در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="843"/>
        <source>The PDF is ready:
%1

Open it now?</source>
        <translation>فایل PDF آماده است:
%1

همین حالا باز شود؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="844"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="850"/>
        <source>no plan is open</source>
        <translation>هیچ برنامه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="852"/>
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
        <location filename="../../src/planner/ui/main_window.py" line="860"/>
        <location filename="../../src/planner/ui/main_window.py" line="869"/>
        <source>Import figures</source>
        <translation>وارد کردن ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="861"/>
        <source>Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;All files (*)</source>
        <translation>خروجی‌های آمار پلتفرم‌ها (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="870"/>
        <source>Select the goal the figures belong to, then import the file again.</source>
        <translation>هدفی را که این ارقام به آن مربوط است انتخاب کنید، سپس فایل را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="879"/>
        <source>Imported figures from %1</source>
        <translation>ارقام از %1 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/app.py" line="73"/>
        <source>Opening your plan…</source>
        <extracomment>How often a busy worker thread hands the interpreter back to the window (seconds). Python&apos;s default, 5 ms, makes every paint wait 5 ms at each step between Qt and Python while an import runs: a chart&apos;s repaint then takes half a second. 1 ms keeps the window fluid.</extracomment>
        <translation>در حال باز کردن برنامهٔ شما…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="125"/>
        <source>%1. Not available now: %2</source>
        <extracomment>How long a passing message stays in the status bar (ms); the plan&apos;s name and folder stay for good. The share of the status bar the plan&apos;s path may take, so messages keep room beside it.</extracomment>
        <translation>%1. اکنون در دسترس نیست: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="139"/>
        <source>Save a cop&amp;y as…</source>
        <translation>ذخیرهٔ &amp;نسخه‌ای با نام…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="149"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;بازیابی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="152"/>
        <source>&amp;Business details…</source>
        <translation>&amp;مشخصات کسب‌وکار…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="153"/>
        <source>Your business&apos;s name, logo, currency, colour and the language of its reports</source>
        <translation>نام، لوگو، واحد پول، رنگ و زبان گزارش‌های کسب‌وکار شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="173"/>
        <source>&amp;Guide</source>
        <translation>&amp;راهنمای کار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="174"/>
        <source>SMART goals, what each KPI means, and how to read the chart</source>
        <translation>هدف‌های SMART، معنای هر شاخص و شیوهٔ خواندن نمودار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="179"/>
        <source>Undo the last change</source>
        <translation>واگرد آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="180"/>
        <source>Redo what was undone</source>
        <translation>انجام دوبارهٔ آنچه واگرد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="182"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="183"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="197"/>
        <source>Add a fi&amp;gure</source>
        <translation>افزودن &amp;رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="198"/>
        <source>Add a figure to the selected goal, dated today</source>
        <translation>افزودن رقمی به هدف انتخاب‌شده با تاریخ امروز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="200"/>
        <source>&amp;All goals</source>
        <translation>&amp;همهٔ هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="201"/>
        <source>Back to the overview of every goal</source>
        <translation>بازگشت به نمای کلی همهٔ هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="204"/>
        <source>&amp;Figures</source>
        <translation>ار&amp;قام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="204"/>
        <source>Fi&amp;ndings</source>
        <translation>&amp;یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="205"/>
        <source>SMART &amp;details</source>
        <translation>&amp;جزئیات SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="207"/>
        <source>Show the selected goal&apos;s %1</source>
        <translation>نمایش %1 هدف انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="235"/>
        <source>&amp;Plan</source>
        <translation>برنا&amp;مه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="393"/>
        <location filename="../../src/planner/ui/main_window.py" line="403"/>
        <source>open or create a plan first</source>
        <translation>اول یک برنامه باز کنید یا بسازید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="395"/>
        <source>the plan is open read-only (%1)</source>
        <translation>برنامه فقط‌خواندنی باز است (%1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="436"/>
        <location filename="../../src/planner/ui/main_window.py" line="444"/>
        <source>select a goal in the list first</source>
        <translation>اول هدفی را در فهرست انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="442"/>
        <source>the plan has no goals yet</source>
        <translation>برنامه هنوز هدفی ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="449"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;واگرد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="450"/>
        <source>nothing to undo yet</source>
        <translation>هنوز چیزی برای واگرد نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="451"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;ازنو: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="452"/>
        <source>nothing to redo</source>
        <translation>چیزی برای انجام دوباره نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="478"/>
        <source>Undone: %1</source>
        <translation>واگرد شد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="478"/>
        <source>Redone: %1</source>
        <translation>دوباره انجام شد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="480"/>
        <source>%1 (in “%2”)</source>
        <translation>%1 (در «%2»)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="609"/>
        <source>%1 copy</source>
        <translation>رونوشت %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="677"/>
        <source>Choose your logo</source>
        <translation>لوگوی خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="678"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="681"/>
        <source>Saved the business details.</source>
        <translation>مشخصات کسب‌وکار ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="368"/>
        <source>Part of the plan cannot be read</source>
        <translation>بخشی از برنامه خوانده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="369"/>
        <source>%1

Some of what this plan holds was changed by another program and cannot be read; it is left out of the window, and left as it is in the file.</source>
        <translation>%1

بخشی از محتوای این برنامه را نرم‌افزار دیگری تغییر داده و خواندنی نیست؛ در پنجره نشان داده نمی‌شود و در پرونده همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="373"/>
        <source>No backup was kept</source>
        <translation>نسخهٔ پشتیبان نگه داشته نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="374"/>
        <source>%1

The plan opened, but its automatic backup could not be written: %2</source>
        <translation>%1

برنامه باز شد، اما نسخهٔ پشتیبان خودکار آن نوشته نشد: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="398"/>
        <source>The change was not saved</source>
        <translation>تغییر ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="399"/>
        <source>%1

The plan is as it was before this change; nothing else was lost.</source>
        <translation>%1

برنامه همان است که پیش از این تغییر بود؛ چیز دیگری از دست نرفت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="731"/>
        <source>Part of the plan was not exported</source>
        <translation>بخشی از برنامه صادر نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="732"/>
        <source>%1 does not hold what the plan could not read:</source>
        <translation>%1 آنچه را که از برنامه خوانده نشد در بر ندارد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="765"/>
        <source>Reading %1…</source>
        <translation>در حال خواندن %1…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="765"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="774"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="781"/>
        <source>The import was cancelled; the plan was not changed.</source>
        <translation>وارد کردن لغو شد؛ برنامه تغییری نکرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="729"/>
        <source>Exported %1 to %2</source>
        <translation>%1 به %2 صادر شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="791"/>
        <source>Imported %1 from %2</source>
        <translation>%1 از %2 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="570"/>
        <source>Delete “%1” with %2? You can undo this with Edit &gt; Undo until you close the plan.</source>
        <translation>«%1» همراه با %2 حذف شود؟ تا وقتی برنامه را نبسته‌اید، می‌توانید با ویرایش &gt; واگرد آن را برگردانید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="156"/>
        <source>Export review &amp;schedule…</source>
        <translation>خروجی برنامه‌ی با&amp;زبینی…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="157"/>
        <source>A calendar file (.ics) that reminds you of the weekly review, offline</source>
        <translation>فایل تقویم (.ics) که بازبینی هفتگی را، بی‌اینترنت، یادآوری می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="159"/>
        <source>&amp;Seasons…</source>
        <translation>&amp;فصل‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="161"/>
        <source>Ramadan, Eid, Nowruz, summer, sales: stretches of the year that change every goal&apos;s pace</source>
        <translation>رمضان، عید، نوروز، تابستان، حراج‌ها: بازه‌هایی از سال که آهنگ هر هدف را تغییر می‌دهند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="163"/>
        <source>&amp;Check in…</source>
        <translation>با&amp;زبینی…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="165"/>
        <source>This period&apos;s figures, your confidence and a note for every goal that waits for them</source>
        <translation>ارقام این دوره، اطمینان شما و یک یادداشت برای هر هدفی که منتظر آن‌هاست</translation>
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
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="35"/>
        <source>Make it specific and measurable</source>
        <translation>هدف را مشخص و قابل اندازه‌گیری کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="36"/>
        <source>Say exactly what you want, and how you will know you got there: one KPI, where you are now, and the number you aim for. “Lots of followers” cannot be measured; “2,400 Instagram followers” can.</source>
        <translation>دقیقاً بگویید چه می‌خواهید و از کجا می‌فهمید به آن رسیده‌اید: یک شاخص (KPI)، جایی که الان هستید و عددی که هدف گرفته‌اید. «دنبال‌کنندهٔ زیاد» قابل اندازه‌گیری نیست؛ «۲٬۴۰۰ دنبال‌کننده در اینستاگرام» هست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="42"/>
        <source>e.g. Grow Instagram followers to 2,400</source>
        <translation>مثلاً: رساندن دنبال‌کننده‌های اینستاگرام به ۲٬۴۰۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="47"/>
        <source>e.g. Grow our Instagram followers from 1,200 to 2,400 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>مثلاً: دنبال‌کننده‌های اینستاگراممان را ظرف ده ماه از ۱٬۲۰۰ به ۲٬۴۰۰ برسانیم، با انتشار ریلز از پخت صبحگاهی چهار بار در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="52"/>
        <source>Show every KPI</source>
        <translation>نمایش همهٔ شاخص‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="53"/>
        <source>Offer KPIs the catalog lists for other objectives too</source>
        <translation>شاخص‌هایی را هم که فهرست برای هدف‌های کلی دیگر آورده است پیشنهاد بده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="64"/>
        <source>where you are now</source>
        <translation>جایی که الان هستید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="66"/>
        <source>where you want to be</source>
        <translation>جایی که می‌خواهید برسید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>عن&amp;وان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="78"/>
        <source>&amp;Goal, in a sentence:</source>
        <translation>هدف، در یک &amp;جمله:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="79"/>
        <source>&amp;KPI:</source>
        <translation>&amp;شاخص (KPI):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="131"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="132"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="134"/>
        <source>Unit: %1 · %2</source>
        <translation>واحد: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="145"/>
        <source>Your latest figure for this KPI: %1</source>
        <translation>آخرین رقم شما برای این شاخص: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="171"/>
        <source>Give the goal a short title.</source>
        <translation>برای هدف یک عنوان کوتاه بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="173"/>
        <source>Say in a sentence what you want to achieve: the statement is empty.</source>
        <translation>در یک جمله بگویید به چه می‌خواهید برسید: جملهٔ هدف خالی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="180"/>
        <source>Choose the KPI you will measure.</source>
        <translation>شاخصی را که اندازه می‌گیرید انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="184"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="185"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="210"/>
        <source>Enter the %1.</source>
        <translation>%1 را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="212"/>
        <source>The %1 is not a number: “%2”.</source>
        <translation>%1 عدد نیست: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="215"/>
        <source>The %1 cannot be negative.</source>
        <translation>%1 نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="217"/>
        <source>The %1 is a percentage: it cannot be over 100.</source>
        <translation>%1 درصد است: نمی‌تواند بیشتر از ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="218"/>
        <source>The %1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="199"/>
        <source>For %1 lower is better: the target must be below the baseline (%2).</source>
        <translation>برای %1 کمتر بهتر است: مقدار هدف باید کمتر از مقدار پایه (%2) باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="203"/>
        <source>For %1 higher is better: the target must be above the baseline (%2).</source>
        <translation>برای %1 بیشتر بهتر است: مقدار هدف باید بیشتر از مقدار پایه (%2) باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="138"/>
        <source>For example: %1</source>
        <translation>برای نمونه: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="83"/>
        <source>Base&amp;line:</source>
        <translation>مقدار &amp;پایه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="85"/>
        <source>T&amp;arget:</source>
        <translation>مقدار &amp;هدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="176"/>
        <source>The statement is longer than %1 characters: say it more briefly.</source>
        <translation>جملهٔ هدف بیش از %1 نویسه است: کوتاه‌تر بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="70"/>
        <source>followers or subscribers today</source>
        <translation>دنبال‌کننده یا مشترک در حال حاضر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="72"/>
        <source>Rates fall as accounts grow: the figures of accounts your size are used to judge the target.</source>
        <translation>نرخ‌ها با بزرگ‌شدن حساب پایین می‌آیند: برای سنجیدن هدف، ارقام حساب‌های هم‌اندازهٔ حساب شما به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="74"/>
        <source>&amp;Followers now:</source>
        <translation>&amp;دنبال‌کنندگان اکنون:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="193"/>
        <source>The follower count is not a number: “%1”.</source>
        <translation>تعداد دنبال‌کنندگان عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="196"/>
        <source>The follower count cannot be negative.</source>
        <translation>تعداد دنبال‌کنندگان نمی‌تواند منفی باشد.</translation>
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
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="34"/>
        <source>What do you want to achieve?</source>
        <translation>به چه چیزی می‌خواهید برسید؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="35"/>
        <source>A goal is one building block of your strategy. Pick the objective it serves; the next pages make it specific, measurable and time-bound.</source>
        <translation>هر هدف یکی از اجزای سازندهٔ استراتژی شماست. هدف کلی‌ای را که این هدف در خدمت آن است انتخاب کنید؛ صفحه‌های بعدی آن را مشخص، قابل اندازه‌گیری و زمان‌بندی‌شده می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="39"/>
        <source>— start from scratch —</source>
        <translation>— شروع از صفر —</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="60"/>
        <source>&amp;Example to start from:</source>
        <translation>&amp;نمونه برای شروع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="62"/>
        <source>&amp;Objective:</source>
        <translation>هدف &amp;کلی:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="99"/>
        <source>Choose what you want to achieve.</source>
        <translation>انتخاب کنید به چه چیزی می‌خواهید برسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="75"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="146"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="179"/>
        <source>imported: %1</source>
        <translation>واردشده: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>typed</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>pasted</source>
        <translation>چسبانده‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>plan JSON</source>
        <translation>برنامهٔ JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="181"/>
        <source>sample plan</source>
        <translation>برنامهٔ نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="191"/>
        <source>Not saved: that is not a date.</source>
        <translation>ذخیره نشد: این تاریخ نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="204"/>
        <source>Not saved: %1 is not a platform.</source>
        <translation>ذخیره نشد: %1 پلتفرم نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="210"/>
        <source>Not saved: the value %1.</source>
        <translation>ذخیره نشد: مقدار %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="225"/>
        <source>Not saved: there is already a figure for %1 on %2.</source>
        <translation>ذخیره نشد: برای %1 در تاریخ %2 از قبل رقمی ثبت شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="195"/>
        <source>Not saved: %1 is in the future. A figure is what you measured: enter it on the day, or after.</source>
        <translation>ذخیره نشد: %1 در آینده است. رقم چیزی است که اندازه گرفته‌اید: آن را در همان روز یا بعد از آن وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="199"/>
        <source>Not saved: a date must be between %1 and %2.</source>
        <translation>ذخیره نشد: تاریخ باید میان %1 و %2 باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="215"/>
        <source>Not saved: a note is at most %1 characters.</source>
        <translation>ذخیره نشد: یادداشت حداکثر %1 نویسه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="243"/>
        <source>A figure of %1 is a month&apos;s total: this one is dated %2, in the goal&apos;s month of %3 to %4. It counts for that month.</source>
        <translation>رقمِ %1 جمعِ یک ماه است: این یکی تاریخِ %2 را دارد، در ماهِ هدف از %3 تا %4، و برای همان ماه حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="246"/>
        <source>A figure of %1 is a week&apos;s total: this one is dated %2, in the goal&apos;s week of %3 to %4. It counts for that week.</source>
        <translation>رقمِ %1 جمعِ یک هفته است: این یکی تاریخِ %2 را دارد، در هفتهٔ هدف از %3 تا %4، و برای همان هفته حساب می‌شود.</translation>
    </message>
</context>
<context>
    <name>OthersBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="133"/>
        <source>Figures of a platform this goal is not on</source>
        <translation>ارقامِ پلتفرمی که این هدف روی آن نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="139"/>
        <source>&amp;Leave those figures out</source>
        <translation>آن ارقام را &amp;کنار بگذار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="162"/>
        <source>&amp;Add %1 to this goal (undone with the import)</source>
        <translation>%1 را به این هدف &amp;اضافه کن (با برگرداندن ورود، برگردانده می‌شود)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="103"/>
        <source>All goals</source>
        <translation>همهٔ هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="111"/>
        <source>&amp;Check in…</source>
        <translation>با&amp;زبینی…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="113"/>
        <source>This period&apos;s figures, your confidence and a note, goal by goal (Ctrl+K)</source>
        <translation>ارقام این دوره، اطمینان شما و یک یادداشت، هدف به هدف (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="37"/>
        <source>Preparing the PDF…</source>
        <translation>در حال آماده‌سازی PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="37"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="39"/>
        <source>Export PDF summary</source>
        <translation>خروجی گزارش خلاصهٔ PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="67"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="56"/>
        <source>the PDF file was not written</source>
        <translation>پروندهٔ PDF نوشته نشد</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="30"/>
        <source>Where will you work on it?</source>
        <extracomment>not &quot;no_platform&quot;: the page&apos;s own message says it already (&quot;Choose at least one platform&quot;)</extracomment>
        <translation>روی کدام پلتفرم‌ها کار می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="31"/>
        <source>Success comes from the right platforms for your audience, not from being everywhere. Each platform needs its own content. You may split the baseline and target between platforms.</source>
        <translation>موفقیت از انتخاب پلتفرم‌های درست برای مخاطبانتان می‌آید، نه از حضور در همه‌جا. هر پلتفرم محتوای مخصوص خودش را می‌خواهد. می‌توانید مقدار پایه و مقدار هدف را بین پلتفرم‌ها تقسیم کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="39"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="39"/>
        <source>Baseline (optional)</source>
        <translation>مقدار پایه (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="40"/>
        <source>Target (optional)</source>
        <translation>مقدار هدف (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="74"/>
        <source>★ Recommended for %1: %2. %3</source>
        <translation>★ پیشنهادی برای %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="137"/>
        <source>Choose at least one platform.</source>
        <translation>دست‌کم یک پلتفرم انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="143"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="146"/>
        <source>%1: %2 is not a possible value of this KPI.</source>
        <translation>%1: %2 مقدار ممکنی برای این شاخص نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="152"/>
        <source>baselines</source>
        <translation>مقدارهای پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="152"/>
        <source>targets</source>
        <translation>مقدارهای هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="159"/>
        <source>The platforms&apos; %1 add up to %2, not the goal&apos;s %3.</source>
        <translation>جمع %1 در پلتفرم‌ها %2 می‌شود، نه %3 که برای کل هدف تعیین شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="101"/>
        <source>Ticked %1: your goal&apos;s title or statement names it. Untick what you did not mean.</source>
        <translation>%1 علامت خورد: در عنوان یا جملهٔ هدف شما آمده است. هر کدام را که منظورتان نبود بردارید.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="19"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="22"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="25"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="28"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="31"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln یافته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="34"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln هدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="37"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln صفحه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="40"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="65"/>
        <source>%Ln goal(s) wait for this week&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف منتظر ارقام این هفته است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="68"/>
        <source>%Ln goal(s) wait for this month&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف منتظر ارقام این ماه است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="71"/>
        <source>%Ln goal(s) wait for this period&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف منتظر ارقام این دوره است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="74"/>
        <source>%Ln of them late</source>
        <translation>
            <numerusform>%Ln مورد از آن‌ها با تأخیر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="43"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln پست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="46"/>
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln خانه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="49"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln ستون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="52"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln نویسه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="55"/>
        <source>%Ln daily figure(s)</source>
        <translation>
            <numerusform>%Ln رقم روزانه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="58"/>
        <source>%Ln more day(s)</source>
        <translation>
            <numerusform>%Ln روز دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="61"/>
        <source>%Ln more row(s)</source>
        <translation>
            <numerusform>%Ln ردیف دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="24"/>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>The language&apos;s usual calendar</source>
        <translation>تقویم رایج همان زبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="35"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="36"/>
        <source>Islamic civil (Hijri)</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="38"/>
        <source>Always write numbers with Latin digits (0123456789)</source>
        <translation>اعداد همیشه با رقم‌های لاتین نوشته شوند (0123456789)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="41"/>
        <source>Dates are stored the same way whatever the calendar: changing it only changes how they are shown and entered. A new language applies after a restart.</source>
        <translation>تاریخ‌ها با هر تقویمی به یک شکل ذخیره می‌شوند: تغییر تقویم فقط شیوهٔ نمایش و وارد کردن آن‌ها را عوض می‌کند. زبان جدید پس از اجرای دوبارهٔ نرم‌افزار اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="66"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>The day you review this plan each week: goals wait for their figures from then, and File &gt; Export review schedule puts it in your calendar.</source>
        <translation>روزی که هر هفته این برنامه را بازبینی می‌کنید: هدف‌ها از آن روز منتظر ارقامشان‌اند، و پرونده &gt; خروجی برنامه‌ی بازبینی آن را در تقویم شما می‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="59"/>
        <source>Open a plan to set its review day.</source>
        <translation>برای تعیین روز بازبینی، برنامه‌ای را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="69"/>
        <source>&amp;Review day:</source>
        <translation>روز &amp;بازبینی:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="70"/>
        <source>Review &amp;time:</source>
        <translation>&amp;ساعت بازبینی:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>پوشه</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>پرونده‌هایی از نو&amp;ع:</translation>
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
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="112"/>
        <source>A number of followers cannot be below 0.</source>
        <translation>تعداد دنبال‌کننده‌ها نمی‌تواند کمتر از ۰ باشد.</translation>
    </message>
</context>
<context>
    <name>RelevantPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="39"/>
        <source>Why does it matter, and for whom?</source>
        <translation>چرا مهم است و برای چه کسانی؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="40"/>
        <source>A goal should serve your business plan. Who you want to reach (age, gender, income, family) changes what works and where. Engagement takes hours every week, and creative work needs a budget.</source>
        <translation>هدف باید در خدمت برنامهٔ کسب‌وکار شما باشد. اینکه می‌خواهید به چه کسانی برسید (سن، جنسیت، درآمد، خانواده) تعیین می‌کند چه چیزی و کجا جواب می‌دهد. تعامل هر هفته ساعت‌ها وقت می‌گیرد و کار خلاقانه بودجه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="46"/>
        <source>e.g. Take more pre-orders online</source>
        <translation>مثلاً: گرفتن پیش‌سفارش آنلاین بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="52"/>
        <source>any</source>
        <translation>هر سنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="63"/>
        <source>0 if none</source>
        <translation>۰ اگر بودجه‌ای ندارید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="72"/>
        <source>hours you can give it each week</source>
        <translation>ساعت‌هایی که هر هفته می‌توانید برایش بگذارید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="75"/>
        <source>&amp;Serves the business objective:</source>
        <translation>در خدمت هدف &amp;کسب‌وکار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="76"/>
        <source>Audience &amp;ages (from, to):</source>
        <translation>&amp;ردهٔ سنی مخاطبان (از، تا):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="79"/>
        <source>&amp;Gender:</source>
        <translation>&amp;جنسیت:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="80"/>
        <source>&amp;Income:</source>
        <translation>درآ&amp;مد:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="81"/>
        <source>&amp;Family situation:</source>
        <translation>&amp;وضعیت خانوادگی:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="82"/>
        <source>&amp;Location:</source>
        <translation>مکا&amp;ن:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="86"/>
        <source>&amp;Hours per week:</source>
        <translation>ساعت در &amp;هفته:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="103"/>
        <source>The budget is not a number: “%1”.</source>
        <translation>بودجه عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="105"/>
        <source>The budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="107"/>
        <source>Hours per week is not a number: “%1”.</source>
        <translation>ساعت در هفته عدد نیست: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="110"/>
        <source>Hours per week must be between 0 and 168.</source>
        <translation>ساعت در هفته باید بین ۰ و ۱۶۸ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="112"/>
        <source>The youngest age is above the oldest.</source>
        <translation>کمترین سن از بیشترین سن بالاتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="83"/>
        <source>B&amp;udget:</source>
        <translation>&amp;بودجه:</translation>
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
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="22"/>
        <source>when the plan was opened</source>
        <translation>هنگام باز شدن برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="22"/>
        <source>before a restore</source>
        <translation>پیش از یک بازیابی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="31"/>
        <source>%1 %2 — %3 (%4 KB)</source>
        <translation>%1 %2 — %3 (%4 کیلوبایت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="42"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازیابی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="52"/>
        <source>This plan has no backups yet.</source>
        <translation>این برنامه هنوز پشتیبانی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="23"/>
        <source>before the plan was updated to a new format</source>
        <translation>پیش از به‌روزرسانی برنامه به قالبی تازه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="24"/>
        <source>the damaged plan, kept as it was</source>
        <translation>برنامهٔ آسیب‌دیده، همان‌طور که بود</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="36"/>
        <source>The plan keeps a copy of itself each time it is opened after a change: the last %1, one a day for %2 days and one a week for %3 weeks. Restoring replaces the plan with the copy you choose; the plan as it is now is kept as a backup too.</source>
        <translation>برنامه هر بار که پس از تغییری باز شود، نسخه‌ای از خود نگه می‌دارد: %1 نسخهٔ آخر، روزی یک نسخه تا %2 روز و هفته‌ای یک نسخه تا %3 هفته. بازیابی، برنامه را با نسخه‌ای که برمی‌گزینید جایگزین می‌کند؛ برنامه به شکل کنونی‌اش نیز به‌عنوان پشتیبان نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>RetargetDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="37"/>
        <source>Use the suggested target</source>
        <translation>استفاده از مقدار هدف پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="44"/>
        <source>The target becomes %1 (it was %2).</source>
        <translation>مقدار هدف %1 می‌شود (قبلاً %2 بود).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="57"/>
        <source>The title does not write %1: check that it still says what the goal is.</source>
        <translation>عنوان %1 را ننوشته است: بررسی کنید که هنوز هدف را درست بیان کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="59"/>
        <source>&amp;Statement</source>
        <translation>&amp;جملهٔ هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="61"/>
        <source>The statement does not write %1: check its numbers.</source>
        <translation>جملهٔ هدف %1 را ننوشته است: اعداد آن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="69"/>
        <source>Milestones beyond %1:</source>
        <translation>هدف‌های میانی فراتر از %1:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="71"/>
        <source>&amp;Rescale them: each keeps its place on the way to the target</source>
        <translation>&amp;مقیاس‌بندی دوباره: هر کدام جای خود را در مسیر رسیدن به هدف نگه می‌دارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="73"/>
        <source>&amp;Drop them</source>
        <translation>&amp;حذف آن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="81"/>
        <source>Use this target</source>
        <translation>استفاده از این مقدار</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="36"/>
        <source>Checked in on %1. Edit &gt; Undo takes the whole check-in back.</source>
        <translation>%1 بازبینی شد. ویرایش &gt; واگرد کل بازبینی را برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="51"/>
        <source>Saved the seasons: every goal&apos;s target line and forecast follow them.</source>
        <translation>فصل‌ها ذخیره شد: خط هدف و پیش‌بینی هر هدف از آن‌ها پیروی می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="66"/>
        <location filename="../../src/planner/ui/review_actions.py" line="69"/>
        <location filename="../../src/planner/ui/review_actions.py" line="87"/>
        <source>Export review schedule</source>
        <translation>خروجی برنامه‌ی بازبینی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="67"/>
        <source>No goal is left to review: every goal is archived or past its deadline.</source>
        <translation>هدفی برای بازبینی نمانده است: همه بایگانی شده‌اند یا مهلتشان گذشته است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="69"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="70"/>
        <source>%1 review</source>
        <translation>بازبینی %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="78"/>
        <location filename="../../src/planner/ui/review_actions.py" line="81"/>
        <source>The review schedule was not saved</source>
        <translation>برنامه‌ی بازبینی ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="83"/>
        <source>Wrote the review schedule to %1</source>
        <translation>برنامه‌ی بازبینی در %1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="84"/>
        <source>The review schedule is ready:
%1

Open it in your calendar now? Your calendar then reminds you every week, without this app running. Exporting again later replaces the event.</source>
        <translation>برنامه‌ی بازبینی آماده است:
%1

هم‌اکنون در تقویمتان بازش می‌کنید؟ تقویم شما هر هفته یادآوری می‌کند، بی‌آن‌که این برنامه باز باشد. خروجی گرفتن دوباره، رویداد را جایگزین می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="88"/>
        <source>Open in calendar</source>
        <translation>باز کردن در تقویم</translation>
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
        <location filename="../../src/planner/ui/wizard/review_page.py" line="75"/>
        <source>A statement with a number, on chosen platforms.</source>
        <translation>جمله‌ای با یک عدد، در پلتفرم‌های انتخاب‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="76"/>
        <source>Name a number and the platforms in your statement.</source>
        <translation>در جملهٔ هدف یک عدد و نام پلتفرم‌ها را بیاورید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="77"/>
        <source>One KPI, a baseline and a target.</source>
        <translation>یک شاخص، یک مقدار پایه و یک مقدار هدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="78"/>
        <source>Compared with your own pace and published figures.</source>
        <translation>مقایسه‌شده با سرعت پیشرفت خودتان و آمارهای منتشرشده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="81"/>
        <source>Linked to a business objective.</source>
        <translation>مرتبط با یک هدف کسب‌وکار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="82"/>
        <source>Say which business objective it serves.</source>
        <translation>بگویید در خدمت کدام هدف کسب‌وکار است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="87"/>
        <source>A start and a deadline.</source>
        <translation>یک تاریخ شروع و یک مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="99"/>
        <source>fine</source>
        <translation>خوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="99"/>
        <source>worth a look</source>
        <translation>ارزش بررسی دارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="100"/>
        <source>needs changing</source>
        <translation>نیاز به تغییر</translation>
    </message>
</context>
<context>
    <name>SeasonsDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="44"/>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="53"/>
        <source>Seasons</source>
        <translation>فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="47"/>
        <source>A season changes how fast every goal can move while it lasts: 0 pauses the target line, 0.5 halves its pace, 2 doubles it. The line still reaches each target on its deadline, and forecasts count a season&apos;s days the same way.</source>
        <translation>یک فصل، تا وقتی برقرار است، سرعت پیشرفت هر هدف را تغییر می‌دهد: ۰ خط هدف را متوقف می‌کند، ۰٫۵ آهنگش را نصف و ۲ دو برابر می‌کند. خط همچنان در مهلت به هر هدف می‌رسد و پیش‌بینی‌ها روزهای فصل را به همین شکل می‌شمارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="72"/>
        <source>&amp;First day:</source>
        <translation>&amp;روز نخست:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="73"/>
        <source>&amp;Last day:</source>
        <translation>روز &amp;آخر:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="77"/>
        <source>&amp;Effect on the pace:</source>
        <translation>&amp;اثر بر آهنگ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="78"/>
        <source>&amp;Add a season</source>
        <translation>&amp;افزودن فصل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="81"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="84"/>
        <source>Add &amp;holidays</source>
        <translation>افزودن &amp;تعطیلات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="90"/>
        <source>Ramadan and the Eids follow the Umm al-Qura calendar; where a month begins with the sighting of the moon, the observed first day can be a day earlier or later. Nowruz runs to Sizdah Bedar. The effect each holiday starts with is only a first guess: set what your business sees.</source>
        <translation>رمضان و عیدها طبق تقویم ام‌القری‌اند؛ جایی که ماه با رؤیت هلال آغاز می‌شود، روز نخست واقعی ممکن است یک روز زودتر یا دیرتر باشد. نوروز تا سیزده‌بدر ادامه دارد. اثری که هر تعطیلی با آن آغاز می‌شود تنها حدسی اولیه است: آن را مطابق آنچه کسب‌وکارتان می‌بیند تنظیم کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="159"/>
        <source>Give the season a name.</source>
        <translation>برای فصل نامی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="162"/>
        <source>The last day is before the first day.</source>
        <translation>روز آخر پیش از روز نخست است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="165"/>
        <source>A season lasts at most %1 days.</source>
        <translation>یک فصل حداکثر %1 روز طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="174"/>
        <source>A plan holds at most %1 seasons.</source>
        <translation>یک برنامه حداکثر %1 فصل دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="177"/>
        <source>New season</source>
        <translation>فصل تازه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="204"/>
        <source>(no holidays in the next twelve months)</source>
        <translation>(در دوازده ماه آینده تعطیلی‌ای نیست)</translation>
    </message>
</context>
<context>
    <name>SmartDetails</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="62"/>
        <source>Specific: the goal</source>
        <translation>مشخص: هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="63"/>
        <source>Measurable: KPI</source>
        <translation>قابل اندازه‌گیری: شاخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="65"/>
        <source>Platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="66"/>
        <source>Objective</source>
        <translation>هدف کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="67"/>
        <source>Relevant: serves</source>
        <translation>مرتبط: در خدمت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="68"/>
        <source>Audience</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="69"/>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="70"/>
        <source>Time per week</source>
        <translation>زمان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="71"/>
        <source>Time-bound</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="72"/>
        <source>Target line</source>
        <translation>خط هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="73"/>
        <source>Milestones</source>
        <translation>هدف‌های میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="83"/>
        <source>higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="83"/>
        <source>lower is better</source>
        <translation>کمتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="86"/>
        <source>any age</source>
        <translation>هر سنی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="91"/>
        <source>(no statement)</source>
        <translation>(جمله‌ای نوشته نشده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="97"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="99"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="100"/>
        <source>(not said)</source>
        <translation>(گفته نشده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="104"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="64"/>
        <source>Baseline %1 target</source>
        <translation>مقدار پایه %1 مقدار هدف</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="37"/>
        <source>By when?</source>
        <translation>تا چه زمانی؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="38"/>
        <source>A goal without a deadline is not a goal. Social media is a marathon, not a sprint: very short deadlines for big changes are suspect, and long ones need milestones.</source>
        <translation>هدف بدون مهلت، هدف نیست. شبکه‌های اجتماعی ماراتن است، نه دوی سرعت: مهلت‌های خیلی کوتاه برای تغییرات بزرگ مشکوک‌اند و مهلت‌های طولانی به هدف‌های میانی نیاز دارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="45"/>
        <source>Steady &amp;percentage growth: compounding, like an audience grows</source>
        <translation>رشد د&amp;رصدی ثابت: مرکب، همان‌طور که مخاطبان رشد می‌کنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="63"/>
        <source>&amp;Add milestone</source>
        <translation>&amp;افزودن هدف میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="66"/>
        <source>&amp;Remove milestone</source>
        <translation>&amp;حذف هدف میانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="73"/>
        <source>S&amp;tart:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="74"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;مهلت:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="75"/>
        <source>Target line:</source>
        <translation>خط هدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="175"/>
        <source>The deadline must be after the start date.</source>
        <translation>مهلت باید بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="182"/>
        <source>Milestone %1 needs a value (a number).</source>
        <translation>هدف میانی %1 به یک مقدار (عدد) نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="180"/>
        <source>Milestone %1 is outside the goal&apos;s dates.</source>
        <translation>هدف میانی %1 خارج از بازهٔ زمانی هدف است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="187"/>
        <source>Steady percentage growth needs a baseline above zero; choose a straight line.</source>
        <translation>رشد درصدی ثابت به مقدار پایهٔ بزرگ‌تر از صفر نیاز دارد؛ خط راست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="98"/>
        <source>Deadline set to %1: your statement says “%2”.</source>
        <translation>مهلت روی %1 گذاشته شد: جملهٔ شما می‌گوید «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="116"/>
        <source>Your statement says “%1”, but the deadline is %2 (%3 would fit it). Change the deadline or the statement.</source>
        <translation>جملهٔ شما می‌گوید «%1»، اما مهلت %2 است (%3 با آن جور است). مهلت یا جمله را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="135"/>
        <source>The target line will be %1.</source>
        <translation>خط هدف %1 خواهد بود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="170"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="170"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="172"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="178"/>
        <source>Milestone %1: %2</source>
        <translation>هدف میانی %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="43"/>
        <source>&amp;Even: the same rise in every period</source>
        <translation>&amp;یکنواخت: افزایش یکسان در هر دوره</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="289"/>
        <source>any gender</source>
        <translation>هر جنسیتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="290"/>
        <source>women</source>
        <translation>زنان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="291"/>
        <source>men</source>
        <translation>مردان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="292"/>
        <source>any income</source>
        <translation>هر سطح درآمدی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="293"/>
        <source>lower income</source>
        <translation>درآمد پایین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="294"/>
        <source>middle income</source>
        <translation>درآمد متوسط</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="295"/>
        <source>higher income</source>
        <translation>درآمد بالا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="296"/>
        <source>any family situation</source>
        <translation>هر وضعیت خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="297"/>
        <source>single</source>
        <translation>مجرد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="298"/>
        <source>couples without children</source>
        <translation>زوج‌های بدون فرزند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="299"/>
        <source>families with young children</source>
        <translation>خانواده‌های دارای فرزند خردسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="300"/>
        <source>families with teenagers</source>
        <translation>خانواده‌های دارای فرزند نوجوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="301"/>
        <source>children grown up</source>
        <translation>با فرزندان بزرگسال</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="129"/>
        <source>Facebook</source>
        <extracomment>The highest value of a unit that has one. still read in old plans, but no longer offered for new goals nor recommended sound choices beyond the recommended ones: choosing them is never flagged (``recommended`` are marked)</extracomment>
        <translation>فیس‌بوک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="130"/>
        <source>The easiest and most popular; the largest audience and mature analytics.</source>
        <translation>ساده‌ترین و محبوب‌ترین؛ بیشترین مخاطب و ابزارهای آماری کامل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="131"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="132"/>
        <source>Pictures and short video: posts, Stories and Reels; a built-in shop.</source>
        <translation>عکس و ویدیوی کوتاه: پست، استوری و ریلز؛ با فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="133"/>
        <source>X (Twitter)</source>
        <translation>X (توییتر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="134"/>
        <source>News and events; reaches a wide audience fast; conversations and Spaces.</source>
        <translation>اخبار و رویدادها؛ به‌سرعت به مخاطبان گسترده می‌رسد؛ گفت‌وگوها و اسپیس‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="135"/>
        <source>YouTube</source>
        <translation>یوتیوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="135"/>
        <source>Long video that draws attention.</source>
        <translation>ویدیوی بلند که توجه را جلب می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="136"/>
        <source>TikTok</source>
        <translation>تیک‌تاک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="136"/>
        <source>Short video with wide reach, and a built-in shop.</source>
        <translation>ویدیوی کوتاه با دسترسی گسترده و فروشگاه داخلی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>Professional audience, business buyers and recruiting.</source>
        <translation>مخاطبان حرفه‌ای، خریداران سازمانی و استخدام.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>Pinterest</source>
        <translation>پینترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>Product Pins: people shop where they find ideas.</source>
        <translation>پین‌های محصول (Product Pins): مردم همان‌جا که ایده پیدا می‌کنند، خرید می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Snapchat</source>
        <translation>اسنپ‌چت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Young audience; content made for it, not reused.</source>
        <translation>مخاطبان جوان؛ محتوایی که مخصوص آن ساخته شده باشد، نه تکراری.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Your own site&apos;s analytics: visits and sales from social.</source>
        <translation>آمار سایت خودتان: بازدید و فروش از طریق شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Clubhouse</source>
        <translation>کلاب‌هاوس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Audio rooms: a voice that expresses the brand in depth.</source>
        <translation>اتاق‌های صوتی: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Spotify</source>
        <translation>اسپاتیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Podcasts: a voice that expresses the brand in depth.</source>
        <translation>پادکست: صدایی که هویت برند را عمیق بیان می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>Shopify</source>
        <translation>شاپیفای</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>A shop that sells straight from social posts.</source>
        <translation>فروشگاهی که مستقیم از پست‌های شبکه‌های اجتماعی می‌فروشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="183"/>
        <source>Followers</source>
        <translation>دنبال‌کننده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="186"/>
        <source>Reach per week</source>
        <translation>دسترسی (ریچ) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="187"/>
        <source>Distinct people who saw your posts in a week.</source>
        <translation>تعداد افراد متفاوتی که در یک هفته پست‌های شما را دیده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="190"/>
        <source>Impressions per week</source>
        <translation>نمایش (ایمپرشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="191"/>
        <source>Times your posts were shown in a week.</source>
        <translation>دفعاتی که پست‌های شما در یک هفته نمایش داده شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="194"/>
        <source>Video views per week</source>
        <translation>بازدید ویدیو در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="198"/>
        <source>Engagements per week</source>
        <translation>تعامل‌ها در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="199"/>
        <source>Likes, comments and shares on your posts in a week.</source>
        <translation>لایک، کامنت و اشتراک‌گذاری پست‌های شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="201"/>
        <source>Engagement rate (per follower)</source>
        <translation>نرخ تعامل (به ازای دنبال‌کننده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="206"/>
        <source>Engagement rate (per reach)</source>
        <translation>نرخ تعامل (به ازای دسترسی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="210"/>
        <source>Engagement rate (per impression)</source>
        <translation>نرخ تعامل (به ازای نمایش)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="215"/>
        <source>Brand mentions per week</source>
        <translation>اشاره به برند (منشن) در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="218"/>
        <source>Branded hashtag uses per week</source>
        <translation>استفاده از هشتگ برند در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="222"/>
        <source>Positive share of mentions</source>
        <translation>سهم اشاره‌های مثبت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="226"/>
        <source>Share of voice vs. competitors</source>
        <translation>سهم صدا در برابر رقبا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="227"/>
        <source>Your mentions as a share of all mentions of you and your competitors.</source>
        <translation>سهم اشاره‌ها به شما از کل اشاره‌ها به شما و رقبایتان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="229"/>
        <source>Website visits from social per week</source>
        <translation>بازدید وب‌سایت از شبکه‌های اجتماعی در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="234"/>
        <source>Link clicks per week</source>
        <translation>کلیک روی لینک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="240"/>
        <source>Conversions from social per month</source>
        <translation>تبدیل‌ها از شبکه‌های اجتماعی در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="242"/>
        <source>Sales or sign-ups traced to social, e.g. by UTM parameters.</source>
        <translation>فروش یا ثبت‌نامی که ردش به شبکه‌های اجتماعی می‌رسد، مثلاً با پارامترهای UTM.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="247"/>
        <source>Share of conversions from social</source>
        <translation>سهم تبدیل‌ها از شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="251"/>
        <source>Bounce rate of social visitors</source>
        <translation>نرخ پرش بازدیدکنندگان شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="252"/>
        <source>Visitors from social who leave after one page: lower is better.</source>
        <translation>بازدیدکنندگانی از شبکه‌های اجتماعی که پس از دیدن یک صفحه می‌روند: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="254"/>
        <source>Leads per month</source>
        <translation>سرنخ‌های فروش در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="255"/>
        <source>Names, e-mails or job details collected.</source>
        <translation>نام، ایمیل یا اطلاعات شغلی جمع‌آوری‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="257"/>
        <source>Cost per lead</source>
        <translation>هزینهٔ هر سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="260"/>
        <source>First response time</source>
        <translation>زمان اولین پاسخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="261"/>
        <source>Average hours until a customer gets a first reply: lower is better.</source>
        <translation>میانگین ساعت‌ها تا وقتی مشتری اولین پاسخ را بگیرد: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="263"/>
        <source>Customer satisfaction</source>
        <translation>رضایت مشتری</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="264"/>
        <source>Share of customers who say they were satisfied.</source>
        <translation>سهم مشتریانی که می‌گویند راضی بوده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="266"/>
        <source>Requests handled per person per week</source>
        <translation>درخواست‌های رسیدگی‌شده به ازای هر نفر در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="271"/>
        <source>Job applications per month</source>
        <translation>درخواست‌های شغلی (رزومه) در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="275"/>
        <source>Posts per week</source>
        <translation>پست در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="278"/>
        <source>Audience growth rate per month</source>
        <translation>نرخ رشد مخاطبان در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="280"/>
        <source>New followers in a month as a share of followers.</source>
        <translation>دنبال‌کننده‌های جدید یک ماه، به‌صورت درصدی از کل دنبال‌کننده‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="282"/>
        <source>Profile or page views per week</source>
        <translation>بازدید پروفایل یا صفحه در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="286"/>
        <source>Shares per week</source>
        <translation>اشتراک‌گذاری در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="289"/>
        <source>Replies by the business per week</source>
        <translation>پاسخ‌های کسب‌وکار در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="293"/>
        <source>Competitor mentions per week</source>
        <translation>اشاره به رقبا در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="297"/>
        <source>Photo tags per month</source>
        <translation>تگ در عکس‌ها در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="300"/>
        <source>Customer posts about you per month</source>
        <translation>پست‌های مشتریان دربارهٔ شما در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="304"/>
        <source>Likes per week</source>
        <translation>لایک در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="310"/>
        <source>45 people followed the bakery this week and 5 stopped: 40 new followers.</source>
        <translation>این هفته 45 نفر نانوایی را دنبال کردند و 5 نفر دیگر دنبالش نمی‌کنند: 40 دنبال‌کننده‌ی تازه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="360"/>
        <source>Brand awareness</source>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="361"/>
        <source>More people know your business exists and remember it.</source>
        <translation>افراد بیشتری کسب‌وکار شما را بشناسند و به خاطر بسپارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="367"/>
        <source>Reputation management</source>
        <translation>مدیریت اعتبار برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="368"/>
        <source>People talk about your brand, and say good things.</source>
        <translation>مردم دربارهٔ برند شما حرف بزنند و از آن خوب بگویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="373"/>
        <source>Website traffic</source>
        <translation>ترافیک وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="374"/>
        <source>Social posts send visitors to your website or shop.</source>
        <translation>پست‌های شبکه‌های اجتماعی بازدیدکننده به وب‌سایت یا فروشگاه شما بفرستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="377"/>
        <source>Link posts travel well there; Facebook is the easiest place to start.</source>
        <translation>پست‌های لینک‌دار آنجا خوب دیده می‌شوند؛ فیس‌بوک ساده‌ترین جا برای شروع است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="379"/>
        <source>Community engagement</source>
        <translation>تعامل با جامعهٔ مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="380"/>
        <source>Followers like, comment, share and talk with you.</source>
        <translation>دنبال‌کننده‌ها لایک کنند، کامنت بگذارند، به اشتراک بگذارند و با شما گفت‌وگو کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="385"/>
        <source>Facebook is the easiest and most popular; Instagram suits pictures and short video.</source>
        <translation>فیس‌بوک ساده‌ترین و محبوب‌ترین است؛ اینستاگرام برای عکس و ویدیوی کوتاه مناسب است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="387"/>
        <source>Conversions and sales</source>
        <translation>تبدیل و فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="388"/>
        <source>Social activity turns into sales you can trace.</source>
        <translation>فعالیت در شبکه‌های اجتماعی به فروشی تبدیل شود که بتوانید ردیابی‌اش کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="394"/>
        <source>Lead generation</source>
        <translation>جذب سرنخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="395"/>
        <source>Collect contacts of people who may buy later.</source>
        <translation>اطلاعات تماس افرادی را جمع کنید که ممکن است بعداً خرید کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="401"/>
        <source>Customer service</source>
        <translation>خدمات مشتریان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="402"/>
        <source>Answer customers quickly and well where they ask.</source>
        <translation>به مشتریان همان‌جا که سؤال می‌پرسند، سریع و درست پاسخ دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="406"/>
        <source>Conversational platforms, where customers already ask.</source>
        <translation>پلتفرم‌های گفت‌وگومحور، جایی که مشتریان همین حالا سؤال می‌پرسند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="408"/>
        <source>Social listening and market insight</source>
        <translation>شنود اجتماعی و شناخت بازار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="409"/>
        <source>Learn what people say about you, your competitors and your trade.</source>
        <translation>بفهمید مردم دربارهٔ شما، رقبایتان و صنفتان چه می‌گویند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="412"/>
        <source>Public conversation happens there; most mentions on X come from small accounts.</source>
        <translation>گفت‌وگوهای عمومی آنجا اتفاق می‌افتد؛ بیشتر اشاره‌ها در X از حساب‌های کوچک می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="414"/>
        <source>Recruiting</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="415"/>
        <source>Find people who want to work with you.</source>
        <translation>افرادی را پیدا کنید که می‌خواهند با شما کار کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="418"/>
        <source>Where job seekers and their friends look.</source>
        <translation>جایی که جویندگان کار و دوستانشان سر می‌زنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="420"/>
        <source>Brand loyalty</source>
        <translation>وفاداری به برند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="421"/>
        <source>Customers come back, tag you and post about you.</source>
        <translation>مشتریان دوباره بیایند، شما را تگ کنند و دربارهٔ شما پست بگذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="425"/>
        <source>Customers share photos and talk with the brand there.</source>
        <translation>مشتریان آنجا عکس به اشتراک می‌گذارند و با برند گفت‌وگو می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="185"/>
        <source>1,200 people follow the bakery on Instagram today; the goal is 1,900 by March.</source>
        <translation>امروز 1,200 نفر نانوایی را در اینستاگرام دنبال می‌کنند؛ هدف 1,900 نفر تا اسفند است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="188"/>
        <source>3,000 different people saw at least one of this week&apos;s posts, some of them several times.</source>
        <translation>3,000 نفرِ متفاوت دست‌کم یکی از پست‌های این هفته را دیدند، بعضی‌ها چند بار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="192"/>
        <source>This week&apos;s posts were shown 5,000 times, to 3,000 people: impressions count every showing.</source>
        <translation>پست‌های این هفته 5,000 بار به 3,000 نفر نمایش داده شدند: نمایش‌ها هر بار دیده‌شدن را می‌شمارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="195"/>
        <source>Times your videos were watched in a week (each platform sets its own minimum watching time).</source>
        <translation>تعداد دفعاتی که ویدیوهای شما در یک هفته تماشا شد (هر پلتفرم حداقل زمان تماشای خودش را دارد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="197"/>
        <source>The week&apos;s three Reels were watched 2,400 times in all.</source>
        <translation>سه ریلز این هفته روی هم 2,400 بار تماشا شدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="200"/>
        <source>This week&apos;s posts got 150 likes, 30 comments and 20 shares: 200 engagements.</source>
        <translation>پست‌های این هفته 150 لایک، 30 نظر و 20 اشتراک گرفتند: 200 تعامل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="203"/>
        <source>The likes, comments and shares a post gets, as a share of your followers. The smallest of the three engagement rates: most followers never see a given post.</source>
        <translation>لایک‌ها، نظرها و اشتراک‌های یک پست به‌صورت سهمی از دنبال‌کننده‌های شما. کوچک‌ترینِ سه نرخ تعامل است: بیشتر دنبال‌کننده‌ها یک پست مشخص را هرگز نمی‌بینند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="205"/>
        <source>A post gets 12 likes and comments; the account has 1,200 followers: 1%.</source>
        <translation>یک پست 12 لایک و نظر می‌گیرد و حساب 1,200 دنبال‌کننده دارد: 1%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="208"/>
        <source>The likes, comments and shares a post gets, as a share of the people who saw it.</source>
        <translation>لایک‌ها، نظرها و اشتراک‌های یک پست به‌صورت سهمی از کسانی که آن را دیدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="209"/>
        <source>A post seen by 400 people gets 12 likes and comments: 3%.</source>
        <translation>پستی که 400 نفر دیدند 12 لایک و نظر می‌گیرد: 3%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="212"/>
        <source>The likes, comments and shares a post gets, as a share of the times it was shown (one person may see it twice).</source>
        <translation>لایک‌ها، نظرها و اشتراک‌های یک پست به‌صورت سهمی از دفعات نمایش آن (یک نفر ممکن است دو بار ببیند).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="214"/>
        <source>A post shown 600 times gets 12 likes and comments: 2%.</source>
        <translation>پستی که 600 بار نمایش داده شد 12 لایک و نظر می‌گیرد: 2%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="216"/>
        <source>Posts and comments by other people that name your business, in a week.</source>
        <translation>پست‌ها و نظرهای دیگران که در یک هفته نام کسب‌وکار شما را می‌آورند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="217"/>
        <source>Eight posts this week named the bakery or tagged its account.</source>
        <translation>این هفته هشت پست نام نانوایی را آوردند یا حسابش را تگ کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="220"/>
        <source>Posts in a week that use your own hashtag.</source>
        <translation>پست‌هایی در یک هفته که هشتگ خودِ شما را به کار می‌برند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="221"/>
        <source>Customers used #NourMornings in 15 posts this week.</source>
        <translation>مشتری‌ها این هفته هشتگ ‎#NourMornings‎ را در 15 پست به کار بردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="224"/>
        <source>Of the posts that mention you, the share that speak well of you.</source>
        <translation>از پست‌هایی که از شما نام می‌برند، سهم آن‌هایی که از شما تعریف می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="225"/>
        <source>Of 20 mentions this month, 15 were happy ones: 75%.</source>
        <translation>از 20 اشارهٔ این ماه، 15 تا خوشحال بودند: 75%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="228"/>
        <source>30 mentions of you and 70 of the two bakeries nearby: 30%.</source>
        <translation>30 اشاره به شما و 70 اشاره به دو نانوایی نزدیک: 30%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="231"/>
        <source>Visits to your website that came from social media, in a week (your site&apos;s analytics show them).</source>
        <translation>بازدیدهایی از وب‌سایت شما که در یک هفته از شبکه‌های اجتماعی آمده‌اند (آمار سایت شما نشانشان می‌دهد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="233"/>
        <source>The order page had 80 visits from Facebook and Instagram this week.</source>
        <translation>صفحهٔ سفارش این هفته 80 بازدید از فیس‌بوک و اینستاگرام داشت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="235"/>
        <source>Clicks on the links in your posts, in a week.</source>
        <translation>کلیک‌ها روی پیوندهای پست‌های شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="236"/>
        <source>The link to the Eid menu was clicked 120 times this week.</source>
        <translation>پیوند منوی عید این هفته 120 بار کلیک شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="243"/>
        <source>25 online orders this month came from a link in a post.</source>
        <translation>این ماه 25 سفارش آنلاین از پیوندی در یک پست آمد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="246"/>
        <source>400 visits from social brought 8 orders: 2%.</source>
        <translation>400 بازدید از شبکه‌های اجتماعی 8 سفارش آورد: 2%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="249"/>
        <source>Of all your online sales or sign-ups, the share that came from social media.</source>
        <translation>از همهٔ فروش‌ها یا ثبت‌نام‌های آنلاین شما، سهمی که از شبکه‌های اجتماعی آمد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="250"/>
        <source>25 of this month&apos;s 100 online orders came from social: 25%.</source>
        <translation>25 سفارش از 100 سفارش آنلاین این ماه از شبکه‌های اجتماعی آمد: 25%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="253"/>
        <source>Of 200 visitors from Instagram, 140 left after the first page: 70%.</source>
        <translation>از 200 بازدیدکننده از اینستاگرام، 140 نفر بعد از صفحهٔ اول رفتند: 70%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="256"/>
        <source>15 people filled in the catering enquiry form this month.</source>
        <translation>این ماه 15 نفر فرم درخواست پذیرایی را پر کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="258"/>
        <source>What your ads cost, divided by the leads they brought: lower is better.</source>
        <translation>هزینهٔ تبلیغات شما تقسیم بر سرنخ‌هایی که آوردند: کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="259"/>
        <source>100 USD of lead ads brought 20 enquiries: 5 USD a lead.</source>
        <translation>100 دلار تبلیغ سرنخ، 20 درخواست آورد: 5 دلار برای هر سرنخ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="262"/>
        <source>Messages waited 12 hours for a first answer on average this week.</source>
        <translation>پیام‌ها این هفته به‌طور میانگین 12 ساعت منتظر نخستین پاسخ ماندند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="265"/>
        <source>45 of the 50 customers who answered the survey were satisfied: 90%.</source>
        <translation>45 نفر از 50 مشتری‌ای که به نظرسنجی پاسخ دادند راضی بودند: 90%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="268"/>
        <source>Customer questions and complaints answered in a week, divided by the people answering them.</source>
        <translation>پرسش‌ها و شکایت‌های مشتریان که در یک هفته پاسخ داده شد، تقسیم بر تعداد پاسخ‌دهندگان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="270"/>
        <source>Two people answered 60 messages this week: 30 each.</source>
        <translation>دو نفر این هفته به 60 پیام پاسخ دادند: هر کدام 30.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="273"/>
        <source>Job applications received in a month.</source>
        <translation>درخواست‌های شغلی که در یک ماه رسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="274"/>
        <source>The post for a weekend baker brought 6 applications this month.</source>
        <translation>آگهی نانوای آخر هفته این ماه 6 درخواست آورد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="276"/>
        <source>Posts you published in a week (Stories and Reels count).</source>
        <translation>پست‌هایی که در یک هفته منتشر کردید (استوری و ریلز هم حساب است).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="277"/>
        <source>Four posts and three Stories this week: 7.</source>
        <translation>چهار پست و سه استوری در این هفته: 7.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="281"/>
        <source>1,200 followers on the 1st, 1,260 on the 30th: 5% in the month.</source>
        <translation>1,200 دنبال‌کننده در روز اول و 1,260 در روز سی‌ام: 5% در ماه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="284"/>
        <source>Visits to your profile or page in a week.</source>
        <translation>بازدید از نمایه یا صفحهٔ شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="285"/>
        <source>People opened the bakery&apos;s profile 350 times this week.</source>
        <translation>این هفته مردم 350 بار نمایهٔ نانوایی را باز کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="287"/>
        <source>Times people shared your posts with others, in a week.</source>
        <translation>تعداد دفعاتی که مردم در یک هفته پست‌های شما را با دیگران به اشتراک گذاشتند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="288"/>
        <source>The recipe post was shared 25 times this week.</source>
        <translation>پست دستور پخت این هفته 25 بار به اشتراک گذاشته شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="291"/>
        <source>Comments and messages you answered, in a week.</source>
        <translation>نظرها و پیام‌هایی که در یک هفته به آن‌ها پاسخ دادید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="292"/>
        <source>You answered 40 comments and messages this week.</source>
        <translation>این هفته به 40 نظر و پیام پاسخ دادید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="295"/>
        <source>Posts in a week that name the competitors you follow.</source>
        <translation>پست‌هایی در یک هفته که نام رقیبانی را که دنبال می‌کنید می‌آورند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="296"/>
        <source>The two bakeries nearby were named in 30 posts this week.</source>
        <translation>این هفته نام دو نانوایی نزدیک در 30 پست آمد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="298"/>
        <source>Photos in a month in which customers tagged your account.</source>
        <translation>عکس‌هایی در یک ماه که مشتری‌ها در آن‌ها حساب شما را تگ کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="299"/>
        <source>Customers tagged the bakery in 18 photos this month.</source>
        <translation>این ماه مشتری‌ها نانوایی را در 18 عکس تگ کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="302"/>
        <source>Posts customers made about your business in a month.</source>
        <translation>پست‌هایی که مشتری‌ها در یک ماه دربارهٔ کسب‌وکار شما گذاشتند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="303"/>
        <source>Twelve customers posted about their birthday cake this month.</source>
        <translation>این ماه دوازده مشتری دربارهٔ کیک تولدشان پست گذاشتند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="305"/>
        <source>Likes on your posts in a week.</source>
        <translation>لایک‌های پست‌های شما در یک هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="306"/>
        <source>This week&apos;s posts got 150 likes.</source>
        <translation>پست‌های این هفته 150 لایک گرفتند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="307"/>
        <source>New followers per week</source>
        <translation>دنبال‌کنندهٔ تازه در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="308"/>
        <source>Followers gained minus followers lost in a week: the change, not the total.</source>
        <translation>دنبال‌کننده‌های به‌دست‌آمده منهای ازدست‌رفته در یک هفته: تغییر، نه تعداد کل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="145"/>
        <source>WhatsApp Business</source>
        <translation>واتس‌اپ بیزینس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="146"/>
        <source>Chats with customers, a catalogue and broadcasts: where many small shops take orders.</source>
        <translation>گفت‌وگو با مشتریان، کاتالوگ و پیام‌های گروهی: جایی که بسیاری از مغازه‌های کوچک سفارش می‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="147"/>
        <source>Telegram channel</source>
        <translation>کانال تلگرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="148"/>
        <source>A channel that broadcasts posts to subscribers; views per post are public.</source>
        <translation>کانالی که پست‌ها را برای مشترکان می‌فرستد؛ بازدید هر پست برای همه پیداست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="149"/>
        <source>Google Business Profile</source>
        <translation>نمایهٔ کسب‌وکار در گوگل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="150"/>
        <source>Your listing in Google Search and Maps: calls, directions, reviews.</source>
        <translation>معرفی کسب‌وکار شما در جست‌وجو و نقشهٔ گوگل: تماس‌ها، مسیریابی‌ها، نظرها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="184"/>
        <source>People following the account or page (a channel&apos;s subscribers): a running total.</source>
        <translation>افرادی که حساب یا صفحه را دنبال می‌کنند (یا مشترکان کانال): جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="237"/>
        <source>Link click-through rate (organic)</source>
        <translation>نرخ کلیک پیوند (ارگانیک)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="238"/>
        <source>Link clicks on your own unpaid posts divided by their impressions.</source>
        <translation>کلیک روی پیوندهای پست‌های بدون‌هزینهٔ خودتان، تقسیم بر تعداد نمایش آن‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="244"/>
        <source>Shop conversion rate</source>
        <translation>نرخ تبدیل فروشگاه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="245"/>
        <source>Orders divided by visits from social to your shop or site.</source>
        <translation>سفارش‌ها تقسیم بر بازدیدهایی که از شبکه‌های اجتماعی به فروشگاه یا سایت شما می‌رسند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="239"/>
        <source>An unpaid post shown 2,000 times whose link was clicked 30 times: 1.5%.</source>
        <translation>پستی بدون تبلیغ که 2,000 بار نمایش داده شد و پیوندش 30 بار کلیک شد: 1.5%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="313"/>
        <source>Ad link click-through rate</source>
        <translation>نرخ کلیک پیوند تبلیغات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="314"/>
        <source>Link clicks on your ads divided by the ads&apos; impressions (paid).</source>
        <translation>کلیک روی پیوند تبلیغ‌های شما تقسیم بر تعداد نمایش آن‌ها (پولی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="315"/>
        <source>An ad shown 4,000 times whose link was clicked 40 times: 1%.</source>
        <translation>تبلیغی که 4,000 بار نمایش داده شد و پیوندش 40 بار کلیک شد: 1%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="316"/>
        <source>Lead-form conversion rate</source>
        <translation>نرخ تبدیل فرم سرنخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="318"/>
        <source>Leads from an ad&apos;s form divided by clicks on the ad (paid).</source>
        <translation>سرنخ‌های به‌دست‌آمده از فرم تبلیغ تقسیم بر کلیک روی تبلیغ (پولی).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="319"/>
        <source>The catering ad was clicked 200 times and 16 people filled in its form: 8%.</source>
        <translation>روی تبلیغ پذیرایی 200 بار کلیک شد و 16 نفر فرمش را پر کردند: 8%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="320"/>
        <source>Thumbnail click-through rate</source>
        <translation>نرخ کلیک تصویر بندانگشتی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="322"/>
        <source>Views started from a video&apos;s thumbnail divided by the thumbnail&apos;s impressions (YouTube).</source>
        <translation>بازدیدهایی که از تصویر بندانگشتی ویدیو شروع شده‌اند تقسیم بر تعداد نمایش آن تصویر (یوتیوب).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="323"/>
        <source>The recipe video&apos;s thumbnail was shown 5,000 times and started 250 views: 5%.</source>
        <translation>تصویر بندانگشتی ویدیوی دستور پخت 5,000 بار نمایش داده شد و 250 بازدید از آن شروع شد: 5%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="325"/>
        <source>Views per post</source>
        <translation>بازدید هر پست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="326"/>
        <source>The average views a post gets, as a Telegram channel shows them.</source>
        <translation>میانگین بازدید هر پست، آن‌گونه که کانال تلگرام نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="327"/>
        <source>This week&apos;s three posts on the channel were seen 900, 1,100 and 1,000 times: 1,000 views per post.</source>
        <translation>سه پست این هفتهٔ کانال 900، 1,100 و 1,000 بار دیده شدند: 1,000 بازدید برای هر پست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="328"/>
        <source>Broadcast contacts</source>
        <translation>مخاطبان پیام گروهی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="329"/>
        <source>Customers on your broadcast lists: a running total.</source>
        <translation>مشتریانِ فهرست‌های پیام گروهی شما: جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="330"/>
        <source>640 customers are on the bakery&apos;s WhatsApp broadcast list today.</source>
        <translation>امروز 640 مشتری در فهرست پیام گروهی واتس‌اپ نانوایی هستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="331"/>
        <source>Customer chats per week</source>
        <translation>گفت‌وگوی مشتریان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="333"/>
        <source>New conversations customers start with you in a week (WhatsApp, Telegram).</source>
        <translation>گفت‌وگوهای تازه‌ای که مشتریان در یک هفته با شما آغاز می‌کنند (واتس‌اپ، تلگرام).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="334"/>
        <source>Customers started 35 new WhatsApp chats with the bakery this week.</source>
        <translation>مشتریان این هفته 35 گفت‌وگوی تازه در واتس‌اپ با نانوایی آغاز کردند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="335"/>
        <source>Broadcast read rate</source>
        <translation>نرخ خوانده‌شدن پیام گروهی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="337"/>
        <source>Broadcast messages read divided by those delivered.</source>
        <translation>پیام‌های گروهی خوانده‌شده تقسیم بر پیام‌های تحویل‌شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="338"/>
        <source>The Friday offer reached 600 phones and was read on 390: 65%.</source>
        <translation>پیشنهاد جمعه به 600 گوشی رسید و در 390 گوشی خوانده شد: 65%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="339"/>
        <source>Calls from your business profile per month</source>
        <translation>تماس از نمایهٔ کسب‌وکار در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="341"/>
        <source>Calls made with the Call button of your Google Business Profile in a month.</source>
        <translation>تماس‌هایی که در یک ماه با دکمهٔ تماسِ نمایهٔ کسب‌وکار شما در گوگل گرفته شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="342"/>
        <source>People called the bakery 42 times from its Google profile this month.</source>
        <translation>این ماه مردم 42 بار از نمایهٔ گوگل نانوایی با آن تماس گرفتند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="343"/>
        <source>Direction requests per month</source>
        <translation>درخواست مسیریابی در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="345"/>
        <source>People who asked Google Maps for the way to you in a month.</source>
        <translation>کسانی که در یک ماه از نقشهٔ گوگل راه رسیدن به شما را پرسیده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="346"/>
        <source>58 people asked Google Maps for the way to the bakery this month.</source>
        <translation>این ماه 58 نفر از نقشهٔ گوگل مسیر رسیدن به نانوایی را خواستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="347"/>
        <source>Website clicks from your business profile per month</source>
        <translation>کلیک به وب‌سایت از نمایهٔ کسب‌وکار در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="349"/>
        <source>Clicks from your Google Business Profile to your website in a month.</source>
        <translation>کلیک‌هایی که در یک ماه از نمایهٔ کسب‌وکار شما در گوگل به وب‌سایتتان رسیده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="350"/>
        <source>The website link on the bakery&apos;s Google profile was clicked 75 times this month.</source>
        <translation>پیوند وب‌سایت در نمایهٔ گوگل نانوایی این ماه 75 بار کلیک شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="351"/>
        <source>Reviews</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="352"/>
        <source>Reviews of your business: a running total.</source>
        <translation>نظرهای ثبت‌شده برای کسب‌وکار شما: جمع رو به افزایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="353"/>
        <source>The bakery has 120 reviews on Google today; the goal is 180 by summer.</source>
        <translation>نانوایی امروز 120 نظر در گوگل دارد؛ هدف 180 نظر تا تابستان است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="354"/>
        <source>Average rating</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="355"/>
        <source>The average star rating of your reviews, from 1 to 5.</source>
        <translation>میانگین امتیاز ستاره‌ای نظرهای شما، از ۱ تا ۵.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="356"/>
        <source>The bakery&apos;s 120 reviews give it 4.4 stars on average.</source>
        <translation>120 نظرِ نانوایی به‌طور میانگین 4.4 ستاره به آن می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="365"/>
        <source>Video draws attention; X reaches a wide audience fast; Facebook is the easiest and most popular.</source>
        <translation>ویدیو توجه را جلب می‌کند؛ ایکس سریع به مخاطبان زیادی می‌رسد؛ فیس‌بوک ساده‌ترین و پرطرفدارترین است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="371"/>
        <source>Reviews on your Google profile are what new customers read first; audio (X Spaces, Spotify) lets the brand express its identity in depth.</source>
        <translation>نظرهای نمایهٔ گوگل شما نخستین چیزی است که مشتریان تازه می‌خوانند؛ صدا (اسپیس‌های ایکس، اسپاتیفای) به برند امکان می‌دهد هویتش را عمیق بیان کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="392"/>
        <source>Built-in shopping: the purchase happens where the post is, or in a chat where the customer orders.</source>
        <translation>خرید درون‌برنامه‌ای: خرید همان جایی انجام می‌شود که پست هست، یا در گفت‌وگویی که مشتری در آن سفارش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="398"/>
        <source>Facebook has the largest audience and mature analytics; LinkedIn reaches business buyers.</source>
        <translation>فیس‌بوک بزرگ‌ترین مخاطبان و تحلیل‌های پخته را دارد؛ لینکدین به خریداران سازمانی می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="160"/>
        <source>It counts things that happen, each on the day it happens: a period&apos;s amount is the sum of its days.</source>
        <extracomment>Things that happen (a showing, a click, a visit, a post) are each counted once, on their day.</extracomment>
        <translation>رخدادها را می‌شمارد، هر کدام در روزی که رخ می‌دهد: مقدارِ هر دوره جمعِ روزهای آن است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="163"/>
        <source>Each day&apos;s followers gained minus followers lost add up to the period&apos;s net change.</source>
        <extracomment>A net change: the days&apos; gains and losses add up to the period&apos;s.</extracomment>
        <translation>دنبال‌کننده‌های به‌دست‌آمده منهای از دست‌رفته‌های هر روز با هم جمع می‌شوند و تغییر خالصِ دوره را می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="166"/>
        <source>Each day&apos;s requests per person add up to the period&apos;s, as long as the same people answer them.</source>
        <extracomment>Requests per person: a sum over the days when the same people answer them all week.</extracomment>
        <translation>درخواست‌های هر روز به ازای هر نفر با هم جمع می‌شوند و درخواست‌های دوره را می‌دهند، به شرطی که همان افراد به آن‌ها پاسخ دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="169"/>
        <source>Reach counts different people: someone who saw your posts on three days of a week is one person in the week&apos;s reach, but three in the sum of its days.</source>
        <extracomment>Distinct people: platforms count each person once per day, once per week, once per 28 days.</extracomment>
        <translation>دسترسی آدم‌های متفاوت را می‌شمارد: کسی که در سه روز از یک هفته پست‌های شما را دیده، در دسترسیِ هفته یک نفر است، اما در جمعِ روزهایش سه نفر.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="222"/>
        <source>All platforms</source>
        <extracomment>Above this many points a series is drawn as a line without symbols (symbols cost per point). Notes closer in time than this share of the chart&apos;s span are stacked, so their labels do not overlap. Where &quot;today&quot; is nearer an edge of the chart than this share, its label moves inside the chart. A note this near the bottom (top) of the values is labelled above (below) it, inside the chart. Months between labelled ticks, tried in turn until the names fit in what pyqtgraph allows (MONTH_MARGIN of it).</extracomment>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="275"/>
        <source>Total</source>
        <extracomment>A series with more points than this is drawn without symbols (the PDF&apos;s narrower chart lowers it).</extracomment>
        <translation>مجموع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="292"/>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="313"/>
        <source>Target line</source>
        <translation>خط هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="350"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="467"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="317"/>
        <source>Stay above</source>
        <translation>بالای این بمانید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="318"/>
        <source>Stay below</source>
        <translation>زیر این بمانید</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="420"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="453"/>
        <source>Check-in: %1</source>
        <translation>بازبینی: %1</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="26"/>
        <source>1 – very unlikely</source>
        <extracomment>What each confidence means (English; context &quot;checkins&quot;): the words the check-in screen offers.</extracomment>
        <translation>۱ – بسیار بعید</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="27"/>
        <source>2 – unlikely</source>
        <translation>۲ – بعید</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="28"/>
        <source>3 – could go either way</source>
        <translation>۳ – ممکن است بشود یا نشود</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="29"/>
        <source>4 – likely</source>
        <translation>۴ – محتمل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="30"/>
        <source>5 – sure</source>
        <translation>۵ – مطمئن</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="76"/>
        <source>Create goal “%1”</source>
        <translation>ساختن هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="119"/>
        <source>Edit goal “%1”</source>
        <translation>ویرایش هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="136"/>
        <source>Delete goal “%1”</source>
        <translation>حذف هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="152"/>
        <source>Archive goal “%1”</source>
        <translation>بایگانی هدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="152"/>
        <source>Restore goal “%1”</source>
        <translation>بازگرداندن هدف «%1» از بایگانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="186"/>
        <source>Edit a figure</source>
        <translation>ویرایش یک رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="250"/>
        <source>Change the business details</source>
        <translation>تغییر مشخصات کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="168"/>
        <source>Add %1</source>
        <translation>افزودن %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="201"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="99"/>
        <location filename="../../src/planner/ui/commands.py" line="220"/>
        <source>Import %1 from %2</source>
        <translation>وارد کردن %1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="268"/>
        <source>Check in on %1</source>
        <translation>بازبینی %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="298"/>
        <source>Change the seasons</source>
        <translation>تغییر فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="316"/>
        <source>Change the review day</source>
        <translation>تغییر روز بازبینی</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="274"/>
        <location filename="../../src/planner/ui/date_field.py" line="53"/>
        <location filename="../../src/planner/ui/describe.py" line="15"/>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="117"/>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="119"/>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="160"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="98"/>
        <location filename="../../src/planner/ui/import_texts.py" line="56"/>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="73"/>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="99"/>
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
    <message>
        <location filename="../../src/planner/ui/describe.py" line="32"/>
        <source>a straight line: the same rise every week</source>
        <extracomment>The target line in words, by the KPI&apos;s kind (and period) and the goal&apos;s shape.</extracomment>
        <translation>یک خط راست: همان افزایش در هر هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="33"/>
        <source>steady percentage growth</source>
        <translation>رشدی با درصد ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="34"/>
        <source>a staircase, one equal step a week (the KPI counts per week)</source>
        <translation>پلکانی، هر هفته یک پلهٔ برابر (شاخص هفتگی شمرده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="36"/>
        <source>a staircase, one step a week, each a steady percentage higher</source>
        <translation>پلکانی، هر هفته یک پله، هر پله با درصدی ثابت بالاتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="38"/>
        <source>a staircase, one equal step a month (the KPI counts per month)</source>
        <translation>پلکانی، هر ماه یک پلهٔ برابر (شاخص ماهانه شمرده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="40"/>
        <source>a staircase, one step a month, each a steady percentage higher</source>
        <translation>پلکانی، هر ماه یک پله، هر پله با درصدی ثابت بالاتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="42"/>
        <source>a straight line, day by day</source>
        <translation>یک خط راست، روز به روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="43"/>
        <source>steady percentage growth, day by day</source>
        <translation>رشدی با درصد ثابت، روز به روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="44"/>
        <source>monthly steps of the same size (a rate moves month by month)</source>
        <translation>پله‌های ماهانهٔ هم‌اندازه (نرخ ماه به ماه تغییر می‌کند)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="46"/>
        <source>monthly steps, each a steady percentage higher</source>
        <translation>پله‌های ماهانه، هر پله با درصدی ثابت بالاتر</translation>
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
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="22"/>
        <source>about who knows you: more people reached, remembered or hired</source>
        <extracomment>The families in plain words, where an objective is chosen.</extracomment>
        <translation>دربارهٔ اینکه چه کسانی شما را می‌شناسند: افراد بیشتری که به آن‌ها می‌رسید، شما را به یاد می‌آورند یا با شما کار می‌کنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="24"/>
        <source>about what is said: listening to your customers, competitors and trade</source>
        <translation>دربارهٔ آنچه گفته می‌شود: شنیدن حرف مشتریان، رقیبان و صنف شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="26"/>
        <source>about what people do: like, comment, click, buy or ask</source>
        <translation>دربارهٔ کاری که مردم می‌کنند: لایک، نظر، کلیک، خرید یا پرسش</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="31"/>
        <source>Your own recent figures are the best guide: the platforms advise judging a trend over about 90 days.</source>
        <translation>ارقام اخیر خودتان بهترین راهنما هستند: پلتفرم‌ها توصیه می‌کنند روند را در بازهٔ حدود ۹۰ روز بسنجید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="37"/>
        <source>Find out what changed, and change the content or the plan before counting on the target.</source>
        <translation>ببینید چه چیزی تغییر کرده و پیش از حساب کردن روی این هدف، محتوا یا برنامه را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="45"/>
        <source>This pace is unrealistic: lower the target or move the deadline.</source>
        <translation>این سرعت واقع‌بینانه نیست: مقدار هدف را کمتر کنید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="47"/>
        <source>Plan what will make the pace change (content, ads, time), or lower the target.</source>
        <translation>برنامه بریزید که چه چیزی سرعت را تغییر می‌دهد (محتوا، تبلیغات، زمان)، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="121"/>
        <source>Set a target you can reach at a few percent a month.</source>
        <translation>هدفی بگذارید که با رشد چند درصد در ماه دست‌یافتنی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="127"/>
        <source>Plan the ads or campaigns that would make it possible, or lower the target.</source>
        <translation>تبلیغات یا کمپین‌هایی را که این رشد را ممکن می‌کنند برنامه‌ریزی کنید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="144"/>
        <source>Aim nearer {figure}, or check that your figure measures the same thing.</source>
        <translation>هدفی نزدیک‌تر به {figure} بگذارید، یا مطمئن شوید رقم شما همان چیز را اندازه می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="325"/>
        <source>The {field} of {value} for {kpi} is over 100%.</source>
        <translation>مقدار {field} ({value}) برای {kpi} بیش از ۱۰۰ درصد است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="328"/>
        <source>A percentage of something cannot be more than all of it.</source>
        <translation>درصد هیچ چیزی نمی‌تواند از کل آن بیشتر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="329"/>
        <source>Check the figure: perhaps it was entered as a count.</source>
        <translation>رقم را بررسی کنید: شاید به‌صورت تعداد وارد شده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="40"/>
        <source>Aim for a first reply within {suggested} working hours, and within {x_hours} hour for complaints on X.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود و برای شکایت‌ها در X ظرف {x_hours} ساعت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="43"/>
        <source>Aim for a first reply within {suggested} working hours.</source>
        <translation>هدف بگذارید که اولین پاسخ ظرف {suggested} ساعت کاری داده شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="45"/>
        <source>A first reply after {target} is slower than customers expect (more than {limit}).</source>
        <translation>اولین پاسخ پس از {target} کندتر از انتظار مشتریان است (بیش از {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="32"/>
        <source>{target} posts a week is too little to move anything.</source>
        <extracomment>Objectives whose goals cost money or time to reach whatever their ambition.</extracomment>
        <translation>{target} پست در هفته کمتر از آن است که تغییری ایجاد کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="34"/>
        <source>Accounts that grow post several times a week.</source>
        <translation>حساب‌هایی که رشد می‌کنند هر هفته چند بار پست می‌گذارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="35"/>
        <source>Post at least {minimum} time a week.</source>
        <translation>دست‌کم هفته‌ای {minimum} بار پست بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="68"/>
        <source>The deadline, {deadline}, has passed.</source>
        <translation>مهلت ({deadline}) گذشته است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="70"/>
        <source>Every goal needs a period that is still ahead.</source>
        <translation>هر هدف به بازهٔ زمانی‌ای نیاز دارد که هنوز پیش رو باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="71"/>
        <source>Set a new deadline, or archive the goal.</source>
        <translation>مهلت تازه‌ای تعیین کنید یا هدف را بایگانی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="78"/>
        <source>Social media is a marathon, not a sprint: figures need weeks to show a trend.</source>
        <translation>شبکه‌های اجتماعی ماراتن است، نه دوی سرعت: ارقام چند هفته زمان لازم دارند تا روندی را نشان دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="87"/>
        <source>Platforms and their algorithms change quickly: goals need reviewing on the way.</source>
        <translation>پلتفرم‌ها و الگوریتم‌هایشان سریع تغییر می‌کنند: هدف‌ها باید در طول مسیر بازبینی شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="89"/>
        <source>Add milestones, for example one each quarter.</source>
        <translation>هدف‌های میانی اضافه کنید، مثلاً یکی برای هر فصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="100"/>
        <source>For {kpi} lower is better, but the target ({target}) is not below the baseline ({baseline}).</source>
        <translation>برای {kpi} کمتر بهتر است، اما مقدار هدف ({target}) کمتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="103"/>
        <source>For {kpi} higher is better, but the target ({target}) is not above the baseline ({baseline}).</source>
        <translation>برای {kpi} بیشتر بهتر است، اما مقدار هدف ({target}) بیشتر از مقدار پایه ({baseline}) نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="106"/>
        <source>A goal that asks for no improvement cannot be tracked.</source>
        <translation>هدفی که هیچ بهبودی نمی‌خواهد قابل پیگیری نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="107"/>
        <source>Check the baseline and the target.</source>
        <translation>مقدار پایه و مقدار هدف را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="119"/>
        <source>{kpi} measures attention, not {objective}.</source>
        <translation>{kpi} میزان توجه را می‌سنجد، نه {objective} را.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="120"/>
        <source>Follower count is not success: 5,000 engaged followers who buy beat 50,000 who don&apos;t, and big followings often come from ads or fake accounts.</source>
        <translation>تعداد دنبال‌کننده‌ها به معنای موفقیت نیست: ۵٬۰۰۰ دنبال‌کنندهٔ فعال که خرید می‌کنند از ۵۰٬۰۰۰ دنبال‌کننده‌ای که خرید نمی‌کنند بهترند، و تعداد زیاد دنبال‌کننده اغلب حاصل تبلیغات یا حساب‌های جعلی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="123"/>
        <source>Measure it by one of: {kpis}.</source>
        <translation>آن را با یکی از این شاخص‌ها بسنجید: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="131"/>
        <source>The goal&apos;s statement has no number in it.</source>
        <translation>در جملهٔ هدف هیچ عددی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="133"/>
        <source>A goal like &quot;lots of followers&quot; cannot be evaluated.</source>
        <translation>هدفی مثل «دنبال‌کنندهٔ زیاد» قابل ارزیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="134"/>
        <source>Say how much, on which platform, by when.</source>
        <translation>بگویید چقدر، در کدام پلتفرم و تا چه زمانی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="137"/>
        <source>The goal names no platform.</source>
        <translation>در هدف هیچ پلتفرمی مشخص نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="138"/>
        <source>Each platform needs its own content and its own goals.</source>
        <translation>هر پلتفرم محتوا و هدف‌های مخصوص خودش را می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="139"/>
        <source>Choose the platforms where your audience is.</source>
        <translation>پلتفرم‌هایی را انتخاب کنید که مخاطبانتان آنجا هستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="163"/>
        <source>For {objective}, the usual platforms are {recommended}; you chose {chosen}.</source>
        <translation>برای {objective}، پلتفرم‌های رایج {recommended} هستند؛ شما {chosen} را انتخاب کرده‌اید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="165"/>
        <source>Recommended for {objective}: {why}</source>
        <translation>پیشنهادی برای {objective}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="161"/>
        <location filename="../../src/planner/domain/realism/smart.py" line="166"/>
        <source>Consider {recommended}, if your audience is there.</source>
        <translation>اگر مخاطبانتان آنجا هستند، {recommended} را هم در نظر بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="128"/>
        <source>An ambitious goal with no budget and under {minimum} hours a week.</source>
        <translation>هدفی بلندپروازانه بدون بودجه و با کمتر از {minimum} ساعت در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="130"/>
        <source>Engagement takes real time every week, and creative work needs budget.</source>
        <translation>تعامل هر هفته وقت واقعی می‌گیرد و کار خلاقانه بودجه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="132"/>
        <source>Set aside at least {minimum} hours a week or a budget, or lower the target.</source>
        <translation>دست‌کم {minimum} ساعت در هفته یا بودجه‌ای کنار بگذارید، یا مقدار هدف را کمتر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="31"/>
        <source>A {model} trend fitted to your recent figures.</source>
        <translation>روندی از نوع {model} که از ارقام اخیر شما به دست آمده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="32"/>
        <source>Change what you do, or move the deadline.</source>
        <translation>روش کارتان را تغییر دهید یا مهلت را تمدید کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="322"/>
        <source>Findings</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="331"/>
        <location filename="../../src/planner/ui/findings_view.py" line="62"/>
        <source>Why: </source>
        <translation>چرا: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="342"/>
        <location filename="../../src/planner/ui/findings_view.py" line="109"/>
        <source>Based on: </source>
        <translation>بر اساس: </translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="18"/>
        <source>baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="19"/>
        <source>target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="16"/>
        <source>straight-line</source>
        <translation>خطی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="17"/>
        <source>steady-growth</source>
        <translation>رشد ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="32"/>
        <source>Unrealistic</source>
        <translation>غیرواقع‌بینانه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="34"/>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="35"/>
        <source>Advice</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="78"/>
        <source>✔ Nothing to warn about: this goal looks realistic.</source>
        <translation>✔ هشداری نیست: این هدف واقع‌بینانه به نظر می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="112"/>
        <source>&amp;Use this</source>
        <translation>&amp;استفاده از این</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="114"/>
        <source>Put the suggested target into the goal</source>
        <translation>قرار دادن مقدار پیشنهادی به‌عنوان مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="34"/>
        <source>{kpi} has not moved towards the target over the last {weeks} ({history}), but the goal needs {needed}.</source>
        <translation>{kpi} در {weeks} گذشته به سوی هدف حرکت نکرده است ({history})، اما هدف به {needed} نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="43"/>
        <source>The goal needs {needed}, {ratio} times the {history} your figures show over the last {weeks}.</source>
        <translation>هدف به {needed} نیاز دارد، یعنی {ratio} برابر {history} که ارقام شما در {weeks} گذشته نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="75"/>
        <source>The goal runs for fewer than {minimum}: too short to measure a change.</source>
        <translation>مدت هدف کمتر از {minimum} است: کوتاه‌تر از آن‌که تغییری سنجیده شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="80"/>
        <source>Give the goal at least {minimum}.</source>
        <translation>دست‌کم {minimum} به هدف وقت بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="85"/>
        <source>{months} is too long to steer by one deadline.</source>
        <translation>{months} برای هدایت با یک مهلت بیش از حد طولانی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="24"/>
        <source>At the trend of the last {weeks}, {kpi} will not reach {target}.</source>
        <translation>با روند {weeks} گذشته، {kpi} به {target} نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="28"/>
        <source>At the trend of the last {weeks}, {kpi} reaches {target} on {date}, {days} after the deadline.</source>
        <translation>با روند {weeks} گذشته، {kpi} در {date} به {target} می‌رسد، {days} پس از مهلت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="124"/>
        <source>A target of {value} by {deadline} is within reach: your trend is likely to be between {low} and {high} then.</source>
        <translation>مقدار هدف {value} تا {deadline} دست‌یافتنی است: روند شما در آن زمان احتمالاً بین {low} و {high} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="126"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; your trend is likely to be between {low} and {high} then.</source>
        <translation>مقدار هدف {value} تا {deadline} بلندپروازانه‌ترین مقداری است که یافته‌ها غیرواقع‌بینانه نمی‌دانند؛ روند شما در آن زمان احتمالاً بین {low} و {high} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="130"/>
        <source>A target of {value} by {deadline} is within reach: your trend is at about {low} then.</source>
        <translation>مقدار هدف {value} تا {deadline} دست‌یافتنی است: روند شما در آن زمان حدود {low} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="132"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; your trend is at about {low} then.</source>
        <translation>مقدار هدف {value} تا {deadline} بلندپروازانه‌ترین مقداری است که یافته‌ها غیرواقع‌بینانه نمی‌دانند؛ روند شما در آن زمان حدود {low} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="135"/>
        <source>your trend over the last {weeks}</source>
        <translation>روند شما در {weeks} گذشته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="147"/>
        <source>A target of {value} by {deadline} is within reach at the typical growth of {growth} a week from your baseline of {baseline}.</source>
        <translation>مقدار هدف {value} تا {deadline} با رشد معمول {growth} در هفته از مقدار پایهٔ شما ({baseline}) دست‌یافتنی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="150"/>
        <source>A target of {value} by {deadline} is within reach at the typical growth of {growth} a month from your baseline of {baseline}.</source>
        <translation>مقدار هدف {value} تا {deadline} با رشد معمول {growth} در ماه از مقدار پایهٔ شما ({baseline}) دست‌یافتنی است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="153"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; typical growth would reach {reach}.</source>
        <translation>مقدار هدف {value} تا {deadline} بلندپروازانه‌ترین مقداری است که یافته‌ها غیرواقع‌بینانه نمی‌دانند؛ رشد معمول به {reach} می‌رسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="156"/>
        <source>published growth figures ({sources})</source>
        <translation>ارقام رشد منتشرشده ({sources})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="116"/>
        <source>More than {unrealistic} a month for three months, or {unrealistic_year} a month for a year, is unrealistic: even the top 10% of Facebook pages grew about {top} a month ({top_source}); fast followings often come from ads or fake accounts.</source>
        <translation>بیش از {unrealistic} در ماه برای سه ماه، یا {unrealistic_year} در ماه برای یک سال، واقع‌بینانه نیست: حتی ۱۰٪ برتر صفحه‌های فیس‌بوک حدود {top} در ماه رشد کردند ({top_source})؛ دنبال‌کنندهٔ سریع اغلب از تبلیغ یا حساب‌های جعلی می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="125"/>
        <source>That is faster than the top 10% of Facebook pages, about {top} a month ({top_source}).</source>
        <translation>این از ۱۰٪ برتر صفحه‌های فیس‌بوک، یعنی حدود {top} در ماه، سریع‌تر است ({top_source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="130"/>
        <source>Growth above {ambitious} a month is more than the typical account reaches ({typical_sources}).</source>
        <translation>رشد بیش از {ambitious} در ماه از آنچه حساب معمولی به آن می‌رسد بیشتر است ({typical_sources}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="166"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as much: {growth} more every week.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} یعنی {total} برابر: {growth} بیشتر در هر هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="169"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as much: {growth} more every month.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} یعنی {total} برابر: {growth} بیشتر در هر ماه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="172"/>
        <source>Posting more cannot multiply a flow this fast, but a budget can buy it: growth above {error} a month is beyond anything published for organic work (our judgement).</source>
        <translation>پست بیشتر نمی‌تواند این جریان را چنین سریع چند برابر کند، اما بودجه می‌تواند آن را بخرد: رشد بیش از {error} در ماه از هر آنچه برای کار ارگانیک منتشر شده فراتر است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="175"/>
        <source>Check that the budget covers what this much costs.</source>
        <translation>بررسی کنید بودجه هزینهٔ این مقدار را پوشش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="177"/>
        <source>No published benchmark shows a flow growing like this; above {error} a month, posting more cannot do it (our judgement).</source>
        <translation>هیچ معیار منتشرشده‌ای رشدی چنین نشان نمی‌دهد؛ بالاتر از {error} در ماه، پست بیشتر کافی نیست (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="179"/>
        <source>Lower the target, give it longer, or plan a paid campaign with a budget.</source>
        <translation>هدف را پایین بیاورید، زمان بیشتری بدهید، یا کارزاری پولی با بودجه برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="182"/>
        <source>Growing more than {warning} a month needs a new plan: ads, a campaign, much more content (our judgement).</source>
        <translation>رشد بیش از {warning} در ماه برنامه‌ای تازه می‌خواهد: تبلیغ، کارزار، محتوای بسیار بیشتر (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="184"/>
        <source>Say what will change to make it grow this fast.</source>
        <translation>بگویید چه چیزی تغییر می‌کند تا چنین سریع رشد کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="186"/>
        <source>More than {advice} a month is ambitious for a flow (our judgement).</source>
        <translation>بیش از {advice} در ماه برای یک جریان دوره‌ای بلندپروازانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="103"/>
        <source>{kpi} from {baseline} to {target} in {duration} is as much as {growth} growth every week for an account of {base}.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} برابر است با رشد {growth} در هر هفته برای حسابی با {base}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="106"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as many: {growth} growth every week.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} یعنی {total} برابر: رشد {growth} در هر هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="109"/>
        <source>{kpi} from {baseline} to {target} in {duration} is as much as {growth} growth every month for an account of {base}.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} برابر است با رشد {growth} در هر ماه برای حسابی با {base}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="112"/>
        <source>{kpi} from {baseline} to {target} in {duration} needs {growth} growth every month.</source>
        <translation>«{kpi}» از {baseline} به {target} در {duration} به رشد {growth} در هر ماه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="24"/>
        <source>the smallest accounts</source>
        <translation>کوچک‌ترین حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="123"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times {figure}: the {statistic} of brands of every size, {raw} ({source}), times {factor} for {size}, who engage more.</source>
        <translation>هدف {target} برای «{kpi}» در {platform} برابر {ratio} برابرِ {figure} است: {statistic} برندها در همهٔ اندازه‌ها، {raw} ({source})، ضرب در {factor} برای {size} که مخاطبانشان بیشتر تعامل می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="127"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times the {statistic} for {size}: {figure} ({source}).</source>
        <translation>هدف {target} برای «{kpi}» در {platform} برابر {ratio} برابرِ {statistic} برای {size} است: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="130"/>
        <source>A target of {target} for {kpi} on {platform} is above the {statistic} for {size}: {figure} ({source}).</source>
        <translation>هدف {target} برای «{kpi}» در {platform} از {statistic} برای {size} بالاتر است: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="141"/>
        <source>Add your follower count to the goal: it picks the figures of accounts your size (the smallest accounts&apos; were used).</source>
        <translation>تعداد دنبال‌کنندگانتان را به هدف اضافه کنید: با آن ارقام حساب‌های هم‌اندازهٔ شما انتخاب می‌شود (ارقام کوچک‌ترین حساب‌ها به کار رفت).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="151"/>
        <source>all platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="175"/>
        <source>A target of {target} for {kpi} is {share} of your {followers} followers, above {limit}.</source>
        <translation>هدف {target} برای «{kpi}» برابر {share} از {followers} دنبال‌کنندهٔ شماست، بالاتر از {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="178"/>
        <source>A target of {target} for {kpi} is below {limit}.</source>
        <translation>هدف {target} برای «{kpi}» کمتر از {limit} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="180"/>
        <source>A target of {target} for {kpi} is above {limit}.</source>
        <translation>هدف {target} برای «{kpi}» بیشتر از {limit} است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="198"/>
        <source>This step is unrealistic: aim for a smaller one first.</source>
        <translation>این گام واقع‌بینانه نیست: اول گامی کوچک‌تر را هدف بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="200"/>
        <source>Say what will change (format, topic, offer) to make the rate move this much.</source>
        <translation>بگویید چه چیزی (قالب، موضوع، پیشنهاد) تغییر می‌کند تا نرخ این‌قدر جابه‌جا شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="133"/>
        <source>Above {error} is unrealistic for {size}: five times the typical level, or twice a published top figure (our judgement, from {source}); figures are compared only with figures of the same definition.</source>
        <translation>بالاتر از {error} برای {size} واقع‌بینانه نیست: پنج برابر سطح معمول، یا دو برابر بالاترین رقم منتشرشده (داوری ما، بر پایهٔ {source})؛ ارقام فقط با ارقامی با همان تعریف مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="137"/>
        <source>Above {warning} is ambitious for {size}: twice the typical level, or above a published top figure (our judgement, from {source}); figures are compared only with figures of the same definition.</source>
        <translation>بالاتر از {warning} برای {size} بلندپروازانه است: دو برابر سطح معمول، یا بالاتر از رقمی منتشرشده برای برترها (داوری ما، بر پایهٔ {source})؛ ارقام فقط با ارقامی با همان تعریف مقایسه می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="207"/>
        <source>A target of {target} for {kpi} is {ratio} times the {level} your last {figures} figures show (their median, over {weeks}).</source>
        <translation>هدف {target} برای «{kpi}» برابر {ratio} برابرِ {level} است که {figures} رقم اخیر شما نشان می‌دهند (میانهٔ آن‌ها، در {weeks}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="212"/>
        <source>A target of {target} for {kpi} is {ratio} times the baseline of {level}.</source>
        <translation>هدف {target} برای «{kpi}» برابر {ratio} برابرِ نقطهٔ شروع، یعنی {level}، است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="213"/>
        <source>Nothing published measures this the same way for accounts like yours, so the step from where you are is what counts (our judgement).</source>
        <translation>هیچ رقم منتشرشده‌ای این را برای حساب‌هایی مثل حساب شما به همین شیوه نمی‌سنجد، پس گامِ برداشته از جای کنونی‌تان است که اهمیت دارد (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="273"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the {level} your recent figures show.</source>
        <translation>هدف {target} برای «{kpi}» {ratio} برابر کمتر از {level} است که ارقام اخیر شما نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="275"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the baseline of {level}.</source>
        <translation>هدف {target} برای «{kpi}» {ratio} برابر کمتر از نقطهٔ شروع، یعنی {level}، است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="278"/>
        <source>Say what will change to cut it this much, or aim for a smaller cut first.</source>
        <translation>بگویید چه چیزی تغییر می‌کند تا این‌قدر کم شود، یا اول کاهشی کوچک‌تر را هدف بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="285"/>
        <source>A cost of {target} a lead is {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>هزینهٔ {target} برای هر سرنخ برابر {share} از کمترین هزینهٔ منتشرشدهٔ هر سرنخ از تبلیغات، {lowest}، است ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="311"/>
        <source>Check the cost with a small test campaign before counting on it.</source>
        <translation>پیش از تکیه بر این هزینه، آن را با کارزاری آزمایشی و کوچک بسنجید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="347"/>
        <source>A weekly reach of {target} is {share} times your {followers} followers.</source>
        <translation>دسترسی هفتگی {target} برابر {share} برابرِ {followers} دنبال‌کنندهٔ شماست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="349"/>
        <source>Plan what will carry posts beyond your followers: shares, Reels, or ads.</source>
        <translation>برنامه بریزید چه چیزی پست‌ها را به فراتر از دنبال‌کنندگانتان می‌برد: هم‌رسانی، ریلز یا تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="52"/>
        <source>{target} posts a week is about {hours} hours of work for one person.</source>
        <translation>{target} پست در هفته یعنی حدود {hours} ساعت کار برای یک نفر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="54"/>
        <source>Say how many hours a week you can give it.</source>
        <translation>بگویید هر هفته چند ساعت می‌توانید به آن بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="60"/>
        <source>{target} posts a week is about {hours} hours of work for one person; the goal has {given} hours a week.</source>
        <translation>{target} پست در هفته یعنی حدود {hours} ساعت کار برای یک نفر؛ این هدف {given} ساعت در هفته دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="63"/>
        <source>Post less often, reuse content across platforms, or find help.</source>
        <translation>کمتر پست بگذارید، محتوا را در پلتفرم‌های مختلف دوباره به کار ببرید، یا کمک بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="70"/>
        <source>{target} posts a week on {platform} is more than twice what its most active brands post ({top}).</source>
        <translation>{target} پست در هفته در {platform} بیش از دو برابرِ پست‌های فعال‌ترین برندهای آن است ({top}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="89"/>
        <source>The budget gives {target} for each lead beyond today&apos;s, {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>بودجه برای هر سرنخِ بیشتر از امروز {target} می‌دهد، یعنی {share} از کمترین هزینهٔ منتشرشدهٔ هر سرنخ از تبلیغات، {lowest} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="95"/>
        <source>A budget of {budget} for about {leads} more leads is {cost} a lead.</source>
        <translation>بودجهٔ {budget} برای حدود {leads} سرنخ بیشتر یعنی {cost} برای هر سرنخ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="97"/>
        <source>Published costs of a lead from ads are in US dollars: $22-49 on Facebook in 2024-25 (LocaliQ, WordStream, Superads).</source>
        <translation>هزینه‌های منتشرشدهٔ هر سرنخ از تبلیغات به دلار آمریکاست: ۲۲ تا ۴۹ دلار در فیس‌بوک در ۲۰۲۴–۲۰۲۵ (LocaliQ، WordStream، Superads).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="99"/>
        <source>Compare it with what a lead costs you today.</source>
        <translation>آن را با هزینه‌ای که امروز هر سرنخ برایتان دارد مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="126"/>
        <source>A leads or sales goal with no budget and under {minimum} hours a week.</source>
        <translation>هدفی برای سرنخ یا فروش، بدون بودجه و با کمتر از {minimum} ساعت در هفته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="17"/>
        <source>This goal&apos;s click-through rate now means the organic link click-through rate: link clicks on your own unpaid posts per impression.</source>
        <extracomment>KPIs whose definition narrowed (schema 3, plan JSON 2): the definition that now applies, and the others.</extracomment>
        <translation>نرخ کلیک این هدف اکنون یعنی نرخ کلیک ارگانیک پیوند: کلیک روی پیوند پست‌های بدون‌هزینهٔ خودتان به ازای هر نمایش.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="19"/>
        <source>This goal&apos;s conversion rate now means the shop conversion rate: orders per visit from social.</source>
        <translation>نرخ تبدیل این هدف اکنون یعنی نرخ تبدیل فروشگاه: سفارش به ازای هر بازدید از شبکه‌های اجتماعی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="23"/>
        <source>If you measure ads, change the KPI to Ad link click-through rate; for YouTube thumbnails, to Thumbnail click-through rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>اگر تبلیغات را می‌سنجید، شاخص را به «نرخ کلیک پیوند تبلیغات» تغییر دهید؛ برای تصویرهای بندانگشتی یوتیوب به «نرخ کلیک تصویر بندانگشتی». ذخیرهٔ هدف در پنجرهٔ ویرایش آن شاخص را تأیید می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="26"/>
        <source>If you measure leads from an ad&apos;s form, change the KPI to Lead-form conversion rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>اگر سرنخ‌های فرم تبلیغ را می‌سنجید، شاخص را به «نرخ تبدیل فرم سرنخ» تغییر دهید. ذخیرهٔ هدف در پنجرهٔ ویرایش آن شاخص را تأیید می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="47"/>
        <source>Half of customers who ask on social media want a reply within an hour, four in five within a day ({source}).</source>
        <translation>نیمی از مشتریانی که در شبکه‌های اجتماعی می‌پرسند پاسخ را ظرف یک ساعت می‌خواهند و از هر پنج نفر چهار نفر ظرف یک روز ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="58"/>
        <source>Click-through and conversion rates of ads, of your own posts and of video thumbnails differ several times over, so one KPI now holds one definition.</source>
        <translation>نرخ کلیک و تبدیل تبلیغات، پست‌های خودتان و تصویرهای بندانگشتی ویدیو چند برابر با هم فرق دارند، پس اکنون هر شاخص یک تعریف دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="157"/>
        <source>{retired} is no longer a place where small businesses find customers.</source>
        <translation>{retired} دیگر جایی نیست که کسب‌وکارهای کوچک در آن مشتری پیدا کنند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="159"/>
        <source>Clubhouse cut half its staff in 2023 and its downloads fell steeply; the app still reads goals that use it.</source>
        <translation>کلاب‌هاوس در ۲۰۲۳ نیمی از کارکنانش را کنار گذاشت و دانلودهایش به‌شدت کم شد؛ برنامه همچنان هدف‌هایی را که از آن استفاده می‌کنند می‌خواند.</translation>
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
        <location filename="../../src/planner/domain/realism/consistency.py" line="93"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} link clicks a month of “{first}”: a visit needs a click.</source>
        <extracomment>How far apart two goals&apos; deadlines may be and still be &quot;the same period&quot;.</extracomment>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابرِ {expected} کلیک پیوند در ماهِ «{first}»: هر بازدید یک کلیک لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="96"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} that “{first}” and “{second}” give together.</source>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابرِ {expected} که «{first}» و «{second}» با هم می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="99"/>
        <source>This goal aims at {target} a month, {ratio} times less than the {expected} that “{first}” and “{second}” give together.</source>
        <translation>این هدف {target} در ماه را هدف گرفته، {ratio} برابر کمتر از {expected} که «{first}» و «{second}» با هم می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="103"/>
        <source>Goals on the same platforms and period must multiply out: reach times click-through rate gives clicks, visits times conversion rate gives sales (within twice, our judgement).</source>
        <translation>هدف‌های یک پلتفرم و یک دوره باید در ضرب با هم جور دربیایند: دسترسی ضرب در نرخ کلیک می‌شود کلیک، بازدید ضرب در نرخ تبدیل می‌شود فروش (تا دو برابر، داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="107"/>
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
        <location filename="../../src/planner/domain/realism/rulebook.py" line="209"/>
        <source>An organic link CTR per impression is at most the CTR per person reached; the strongest small Facebook profiles reach 6.3% per person reached. Above 10% is ambitious on any platform, above 20% unrealistic (ours); they apply where no figure for the account&apos;s size exists.</source>
        <translation>نرخ کلیک ارگانیک به ازای هر نمایش حداکثر برابر نرخ کلیک به ازای هر فردِ در دسترس است؛ قوی‌ترین صفحه‌های کوچک فیس‌بوک به ۶٫۳٪ به ازای هر فرد می‌رسند. بالای ۱۰٪ در هر پلتفرمی بلندپروازانه و بالای ۲۰٪ غیرواقع‌بینانه است (داوری ما)؛ این دو جایی به کار می‌روند که رقمی برای اندازهٔ حساب نیست.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="216"/>
        <source>Above 10% is outside the middle half of YouTube channels; 15% and 25% are ours (YouTube says small channels vary more).</source>
        <translation>بالای ۱۰٪ بیرون از نیمهٔ میانیِ کانال‌های یوتیوب است؛ ۱۵٪ و ۲۵٪ داوری ماست (یوتیوب می‌گوید کانال‌های کوچک نوسان بیشتری دارند).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="220"/>
        <source>Visitors from social buy less often than visitors from every source; the top 10% of Shopify stores convert 4.7% of all their visits. Above that is ambitious; twice it is unrealistic (ours).</source>
        <translation>بازدیدکنندگان شبکه‌های اجتماعی کمتر از بازدیدکنندگان همهٔ منابع خرید می‌کنند؛ ۱۰٪ برتر فروشگاه‌های Shopify ۴٫۷٪ از همهٔ بازدیدهایشان را به خرید تبدیل می‌کنند. بالاتر از آن بلندپروازانه و دو برابرش غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="226"/>
        <source>85% is called world-class; above 95% is above every benchmark found and 98% means nearly no customer is ever unhappy (ours).</source>
        <translation>۸۵٪ در سطح جهانی شمرده می‌شود؛ بالای ۹۵٪ از همهٔ معیارهای یافته‌شده بالاتر است و ۹۸٪ یعنی تقریباً هیچ مشتری‌ای هرگز ناراضی نیست (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="230"/>
        <source>Small businesses&apos; WhatsApp broadcasts are read at 63% (median), Messenger&apos;s at 75%; above 90% is above the measured range and 97% is the unsupported &quot;98% open rate&quot; of vendors&apos; copy (ours).</source>
        <translation>پیام‌های گروهی کسب‌وکارهای کوچک در واتس‌اپ با نرخ ۶۳٪ (میانه) و در مسنجر با ۷۵٪ خوانده می‌شوند؛ بالای ۹۰٪ بیرون از بازهٔ سنجیده‌شده است و ۹۷٪ همان «نرخ بازشدن ۹۸٪» بی‌پشتوانه در متن‌های تبلیغاتی فروشندگان است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="234"/>
        <source>Local businesses average 4.4 stars on Google. 4.8 is a top result; an average of 5.0 means no review below five stars, which more reviews make unlikely (ours).</source>
        <translation>میانگین امتیاز کسب‌وکارهای محلی در گوگل ۴٫۴ ستاره است. ۴٫۸ نتیجه‌ای درخشان است؛ میانگین ۵٫۰ یعنی هیچ نظری زیر پنج ستاره نباشد، که با زیادشدن نظرها بعیدتر می‌شود (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="237"/>
        <source>Ours, as a percentage of subscribers. Telegram channels&apos; views per post are commonly 20-40% of subscribers (a vendor&apos;s rule of thumb, no measured study found); above 80% most posts must be forwarded to non-subscribers.</source>
        <translation>داوری ما، به‌صورت درصدی از مشترکان. بازدید هر پست در کانال‌های تلگرام معمولاً ۲۰ تا ۴۰٪ مشترکان است (قاعده‌ای سرانگشتی از یک فروشنده؛ پژوهش سنجیده‌ای یافت نشد)؛ بالای ۸۰٪ بیشتر پست‌ها باید برای غیرمشترکان بازارسال شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="241"/>
        <source>Ours: some mentions are always neutral or negative; nearly all positive is ambitious, all of them unrealistic.</source>
        <translation>داوری ما: همیشه بخشی از اشاره‌ها خنثی یا منفی‌اند؛ تقریباً همه مثبت بلندپروازانه است و همه مثبت غیرواقع‌بینانه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="248"/>
        <source>The median GA4 bounce rate of all traffic is 45.9%, and visitors from social bounce more (70-90% on brand shops); below 30% is ambitious and below 15% unrealistic (ours).</source>
        <translation>میانهٔ نرخ پرش GA4 برای همهٔ ترافیک ۴۵٫۹٪ است و بازدیدکنندگان شبکه‌های اجتماعی بیشتر می‌پرند (۷۰ تا ۹۰٪ در فروشگاه‌های برندها)؛ زیر ۳۰٪ بلندپروازانه و زیر ۱۵٪ غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="252"/>
        <source>Ours. Replying four times faster needs a routine; twelve times faster needs someone watching all day. It is never unrealistic: Facebook&apos;s own badge asks for 15 minutes.</source>
        <translation>داوری ما. چهار برابر سریع‌تر پاسخ‌دادن یک روال می‌خواهد؛ دوازده برابر سریع‌تر کسی را می‌خواهد که تمام روز حواسش باشد. هرگز غیرواقع‌بینانه نیست: نشان خود فیس‌بوک ۱۵ دقیقه می‌خواهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="269"/>
        <source>US and global Facebook lead ads cost $22-49 a lead (2024-25). Half the lowest is ambitious; a fifth of it is unrealistic (ours).</source>
        <extracomment>the target (or the cost the budget implies) as a share of the lowest published figure</extracomment>
        <translation>هر سرنخ از تبلیغات فیس‌بوک در آمریکا و در سطح جهانی ۲۲ تا ۴۹ دلار هزینه دارد (۲۰۲۴–۲۰۲۵). نصفِ کمترین بلندپروازانه و یک‌پنجمش غیرواقع‌بینانه است (داوری ما).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="285"/>
        <source>Our estimate: half an hour for a photo or text post (making, publishing, answering), an hour on Instagram and Snapchat, two hours for a short video (an agency reports about 2 hours per 25-second video). Most small businesses spend 1-10 hours a week on social media. More hours than given is ambitious; more than twice them is unrealistic for one person.</source>
        <extracomment>the hours a goal&apos;s posts need, as a multiple of the hours given</extracomment>
        <translation>برآورد ما: نیم ساعت برای پست عکس یا متن (ساختن، انتشار، پاسخ‌دادن)، یک ساعت در اینستاگرام و اسنپ‌چت، دو ساعت برای ویدیوی کوتاه (یک آژانس حدود ۲ ساعت برای هر ویدیوی ۲۵ ثانیه‌ای گزارش می‌کند). بیشتر کسب‌وکارهای کوچک ۱ تا ۱۰ ساعت در هفته صرف شبکه‌های اجتماعی می‌کنند. ساعت بیشتر از ساعت‌های موجود بلندپروازانه و بیش از دو برابرش برای یک نفر غیرواقع‌بینانه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="292"/>
        <source>Ours: posting more than twice what the most active brands post is a workload risk, not an impossibility.</source>
        <extracomment>posts a week above this multiple of the peers&apos; top quarter is a workload risk (advice)</extracomment>
        <translation>داوری ما: پست‌گذاشتن بیش از دو برابرِ فعال‌ترین برندها خطرِ فشار کاری است، نه ناممکن.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="319"/>
        <source>A small page&apos;s post reaches 11-23% of its followers on Facebook (2015) and 38-48% on Instagram (2018-19); reaching more people in a week than one has followers needs shares, non-followers&apos; feeds or ads (ours).</source>
        <extracomment>resources: an ambitious goal, or a leads or sales goal, with less time than this and no budget weekly organic reach above this multiple of the followers deserves a word</extracomment>
        <translation>پست یک صفحهٔ کوچک در فیس‌بوک به ۱۱ تا ۲۳٪ دنبال‌کنندگانش می‌رسد (۲۰۱۵) و در اینستاگرام به ۳۸ تا ۴۸٪ (۲۰۱۸–۲۰۱۹)؛ رسیدن در یک هفته به افرادی بیش از شمار دنبال‌کنندگان، هم‌رسانی، دیده‌شدن برای غیردنبال‌کنندگان یا تبلیغ می‌خواهد (داوری ما).</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="47"/>
        <source>needs at least 3 figures</source>
        <extracomment>A KPI counted per month has one figure a month, on the last day of each of the goal&apos;s months (30 or 31 days): three of the longest months back from the latest figure, so the four latest are in the window, as many as the realism rules want before a monthly trend counts as the owner&apos;s own evidence (EVIDENCE.monthly_figures). A crossing further than this from today is reported as never (and keeps dates in range). The log-linear model must cut the squared error by more than this share to be chosen over the simpler straight line. z for the uncertainty band of ``interval``: about 80% of outcomes for normal errors.</extracomment>
        <translation>دست‌کم ۳ رقم لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="48"/>
        <source>all figures share one date</source>
        <translation>همهٔ ارقام تاریخ یکسانی دارند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="49"/>
        <source>needs figures on at least 3 different dates</source>
        <translation>ارقامی در دست‌کم ۳ تاریخ مختلف لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="50"/>
        <source>needs figures on 3 different dates outside a paused season</source>
        <translation>به ارقامی در ۳ تاریخ متفاوت بیرون از فصل توقف نیاز دارد</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="36"/>
        <source>SMART goals</source>
        <translation>هدف‌های SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="36"/>
        <source>What each KPI means</source>
        <translation>معنای هر شاخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="37"/>
        <source>Objectives</source>
        <translation>هدف‌های کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="37"/>
        <source>Reading the chart</source>
        <translation>خواندن نمودار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="42"/>
        <source>S: Specific.</source>
        <translation>S: مشخص.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="42"/>
        <source>Say exactly what should change, where: “more Instagram followers”, not “be better on social media”.</source>
        <translation>دقیق بگویید چه چیزی کجا باید تغییر کند: «دنبال‌کنندهٔ بیشتر در اینستاگرام»، نه «بهتر شدن در شبکه‌های اجتماعی».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="44"/>
        <source>M: Measurable.</source>
        <translation>M: قابل اندازه‌گیری.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="44"/>
        <source>Choose one KPI, write down where you are now (the baseline) and the number you aim for (the target).</source>
        <translation>یک شاخص انتخاب کنید و بنویسید الان کجا هستید (مقدار پایه) و به چه عددی می‌خواهید برسید (مقدار هدف).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="46"/>
        <source>A: Attainable.</source>
        <translation>A: دست‌یافتنی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="46"/>
        <source>Compare the pace the goal needs with your own recent pace and with what similar accounts reach. The app warns when a target is out of reach.</source>
        <translation>سرعتی را که هدف لازم دارد با سرعت اخیر خودتان و با آنچه حساب‌های مشابه به آن می‌رسند مقایسه کنید. برنامه وقتی هدفی دست‌نیافتنی باشد هشدار می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="48"/>
        <source>R: Relevant.</source>
        <translation>R: مرتبط.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="48"/>
        <source>Say which business objective it serves: followers are worth little if what you need is orders.</source>
        <translation>بگویید به کدام هدف کسب‌وکارتان کمک می‌کند: اگر آنچه لازم دارید سفارش است، دنبال‌کننده ارزش چندانی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="50"/>
        <source>T: Time-bound.</source>
        <translation>T: زمان‌دار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="50"/>
        <source>Give it a start and a deadline. Short deadlines for big changes are suspect; long ones need milestones on the way.</source>
        <translation>برایش شروع و مهلت تعیین کنید. مهلت کوتاه برای تغییر بزرگ مشکوک است و مهلت بلند به هدف‌های میانی نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="54"/>
        <source>A SMART goal turns a wish into something you can check every week. Each letter is a question to answer before you start:</source>
        <translation>هدف SMART یک آرزو را به چیزی تبدیل می‌کند که هر هفته بتوانید بسنجیدش. هر حرف پرسشی است که پیش از شروع باید پاسخ دهید:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="57"/>
        <source>An example</source>
        <translation>یک نمونه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="58"/>
        <source>Wish: “I want more followers.”</source>
        <translation>آرزو: «دنبال‌کنندهٔ بیشتری می‌خواهم.»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="59"/>
        <source>Goal: “Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake four times a week, within ten months, so that more people in the neighbourhood think of us first.”</source>
        <translation>هدف: «دنبال‌کننده‌های اینستاگرام را با انتشار ریلز پخت صبحگاهی، چهار بار در هفته، ظرف ده ماه از 1,200 به 1,900 برسانیم تا مردم بیشتری در محله اول به یاد ما بیفتند.»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="67"/>
        <source>A running total: enter the count on the day you read it.</source>
        <translation>یک مجموع جاری: عدد را در روزی که آن را می‌خوانید وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="69"/>
        <source>An amount per week: enter the week&apos;s total, dated the week&apos;s last day.</source>
        <translation>مقداری در هفته: مجموع هفته را با تاریخ آخرین روز هفته وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="70"/>
        <source>An amount per month: enter the month&apos;s total, dated the month&apos;s last day.</source>
        <translation>مقداری در ماه: مجموع ماه را با تاریخ آخرین روز ماه وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="71"/>
        <source>An amount per day: enter the day&apos;s total.</source>
        <translation>مقداری در روز: مجموع روز را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="73"/>
        <source>A rate or an average: enter its level over the period you measure, as your analytics show it.</source>
        <translation>یک نرخ یا میانگین: سطح آن را در دوره‌ای که می‌سنجید، همان‌طور که آمار شما نشان می‌دهد، وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="75"/>
        <source>Written as a percentage, from 0 to 100.</source>
        <translation>به‌صورت درصد، از 0 تا 100 نوشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="77"/>
        <source>Lower is better.</source>
        <translation>کمتر بهتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="87"/>
        <source>Totals that grow</source>
        <translation>مجموع‌هایی که رشد می‌کنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="88"/>
        <source>Amounts per week or month</source>
        <translation>مقدارهای هفتگی یا ماهانه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="89"/>
        <source>Rates and averages</source>
        <translation>نرخ‌ها و میانگین‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="92"/>
        <source>A KPI (key performance indicator) is the one number a goal is measured by. Each is listed here with what it counts and an example.</source>
        <translation>شاخص کلیدی عملکرد (KPI) همان یک عددی است که هدف با آن سنجیده می‌شود. هر شاخص اینجا با آنچه می‌شمارد و یک نمونه آمده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="94"/>
        <source>There are three engagement rates, and they are not comparable: the same post has a small rate per follower, a larger one per impression and the largest per person reached. Compare your figure only with figures of the same kind.</source>
        <translation>سه نرخ تعامل داریم و با هم مقایسه‌پذیر نیستند: یک پست به ازای دنبال‌کننده نرخ کوچکی دارد، به ازای نمایش بزرگ‌تر و به ازای هر نفرِ دسترسی‌یافته از همه بزرگ‌تر. رقم خود را فقط با رقم‌های همان نوع مقایسه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="103"/>
        <source>Example: %1</source>
        <translation>نمونه: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="111"/>
        <source>Every goal serves one objective. Objectives come in three families:</source>
        <translation>هر هدف در خدمت یک هدف کلی است. هدف‌های کلی سه خانواده‌اند:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="113"/>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="152"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="123"/>
        <source>Measured by: %1.</source>
        <translation>با این شاخص‌ها سنجیده می‌شود: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="124"/>
        <source>Platforms that suit it: %1. %2</source>
        <translation>پلتفرم‌های مناسب آن: %1. %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="131"/>
        <source>Dashed line</source>
        <translation>خط‌چین</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="132"/>
        <source>The target line: where the goal expects you to be each day, from the baseline at the start to the target at the deadline (the star). Totals such as followers rise smoothly; amounts per week climb in weekly steps; rates move up once a month.</source>
        <translation>خط هدف: جایی که هدف انتظار دارد هر روز باشید، از مقدار پایه در شروع تا مقدار هدف در مهلت (ستاره). مجموع‌هایی مثل دنبال‌کننده نرم بالا می‌روند، مقدارهای هفتگی پله‌پله هر هفته و نرخ‌ها ماهی یک بار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="136"/>
        <source>Grey band</source>
        <translation>نوار خاکستری</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="137"/>
        <source>The margin around the target line within which a goal counts as on track.</source>
        <translation>حاشیهٔ دور خط هدف که هدف در آن «در مسیر» به حساب می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="139"/>
        <source>Dots</source>
        <translation>نقطه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="140"/>
        <source>Your figures, one colour per platform. With several platforms, a dark line adds them up (or averages a rate).</source>
        <translation>رقم‌های شما، هر پلتفرم یک رنگ. با چند پلتفرم، یک خط تیره آن‌ها را جمع می‌زند (یا از نرخ‌ها میانگین می‌گیرد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="142"/>
        <source>Dotted purple line</source>
        <translation>خط نقطه‌چین بنفش</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="143"/>
        <source>The forecast: where your own recent pace leads, with a pale band for how sure it is. It appears once there are three figures on different days.</source>
        <translation>پیش‌بینی: سرعت اخیر خودتان شما را به کجا می‌رساند، با نواری کم‌رنگ برای میزان اطمینان. وقتی سه رقم در روزهای مختلف باشد پیدا می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="146"/>
        <source>Red line</source>
        <translation>خط قرمز</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="146"/>
        <source>Today.</source>
        <translation>امروز.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="147"/>
        <source>Diamonds and triangles</source>
        <translation>لوزی‌ها و مثلث‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="148"/>
        <source>Your milestones (yellow diamonds) and your notes (small dark triangles: hover over one to read all of it).</source>
        <translation>هدف‌های میانی شما (لوزی‌های زرد) و یادداشت‌هایتان (مثلث‌های کوچک تیره: نشانگر را روی یکی ببرید تا همه‌اش را بخوانید).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="153"/>
        <source>Beside the chart, in sentences: whether you are ahead, on track or behind and by how much, when the target is reached at this pace, and what you need each week from today.</source>
        <translation>کنار نمودار، در چند جمله: جلوتر، در مسیر یا عقب هستید و چقدر، با این سرعت کی به هدف می‌رسید، و از امروز هر هفته چه لازم دارید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="156"/>
        <source>Hover over the chart to read the date, your figures and the target line there. Scroll to zoom, drag to move; the first button beside the chart shows the whole goal again.</source>
        <translation>نشانگر را روی نمودار ببرید تا تاریخ، رقم‌های شما و خط هدف را در آن نقطه بخوانید. با چرخ ماوس بزرگ‌نمایی کنید و با کشیدن جابه‌جا کنید؛ دکمهٔ اول کنار نمودار دوباره کل هدف را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="57"/>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="58"/>
        <source>Eid al-Fitr</source>
        <translation>عید فطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="59"/>
        <source>Eid al-Adha</source>
        <translation>عید قربان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="60"/>
        <source>Nowruz holidays</source>
        <translation>تعطیلات نوروز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="61"/>
        <source>Black Friday to Cyber Monday</source>
        <translation>از جمعه‌ی سیاه تا دوشنبه‌ی سایبری</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="169"/>
        <source>This file counts new followers but not the ones lost, so the totals cannot be rebuilt from it: they would drift further from the truth every day.</source>
        <extracomment>Rows shown in the preview; every figure is still imported. Rejected rows kept one by one; the rest are counted. Rows written between two looks at Cancel. A figure may be dated up to this many days after today: the platforms&apos; day ends later in other time zones. For an amount per period: True for each figure whose period already has a figure in the plan (on any day of it), and the figures of those periods on other days than the import&apos;s (replaced with --replace).</extracomment>
        <translation>این فایل دنبال‌کننده‌های تازه را می‌شمارد ولی ازدست‌رفته‌ها را نه؛ پس نمی‌شود تعداد کل را از آن بازسازی کرد: هر روز بیشتر از واقعیت دور می‌شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="285"/>
        <source>the value {value} is not a finite number</source>
        <translation>مقدار {value} عددی متناهی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="287"/>
        <source>the value {value} is below 0, which {kpi} cannot be</source>
        <translation>مقدار {value} کمتر از ۰ است، و {kpi} نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="290"/>
        <source>the value {value} is a percentage over 100</source>
        <translation>مقدار {value} درصدی بیش از ۱۰۰ است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="294"/>
        <location filename="../../src/planner/exchange/paste.py" line="73"/>
        <source>{day} is in the future</source>
        <translation>{day} در آینده است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="297"/>
        <location filename="../../src/planner/exchange/paste.py" line="76"/>
        <source>the date {day} {problem}</source>
        <translation>تاریخ {day} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="305"/>
        <location filename="../../src/planner/exchange/paste.py" line="84"/>
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
        <location filename="../../src/planner/exchange/import_lines.py" line="35"/>
        <source>rows {rows}</source>
        <extracomment>Rejections alike (the same problem in the same column) summarised in one line from this many on.</extracomment>
        <translation>ردیف‌های {rows}</translation>
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
        <location filename="../../src/planner/exchange/importers/__init__.py" line="53"/>
        <source>this is {kind}, not a table of figures: export the figures as CSV or a spreadsheet</source>
        <translation>این {kind} است، نه جدولی از رقم‌ها: رقم‌ها را به صورت CSV یا صفحه‌گسترده صادر کنید</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="63"/>
        <source>this is {layout}, with figures of {theirs}, not {yours}</source>
        <translation>این {layout} است، با ارقامِ {theirs}، نه {yours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="72"/>
        <source>a PDF document</source>
        <extracomment>Files owners mistake for exports (a report saved as PDF, a screenshot), known by their first bytes.</extracomment>
        <translation>یک سند PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="73"/>
        <source>a PNG image</source>
        <translation>یک تصویر PNG</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="74"/>
        <source>a JPEG image</source>
        <translation>یک تصویر JPEG</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="75"/>
        <source>a GIF image</source>
        <translation>یک تصویر GIF</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="76"/>
        <source>a database file (perhaps a plan)</source>
        <translation>یک فایل پایگاه داده (شاید یک برنامه)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="99"/>
        <source>a zip archive that is neither a spreadsheet nor a YouTube Studio export</source>
        <translation>بایگانی zip است، نه صفحه‌گسترده و نه خروجی YouTube Studio</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="103"/>
        <source>a damaged zip archive ({error})</source>
        <translation>بایگانی zip آسیب‌دیده ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="114"/>
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
        <location filename="../../src/planner/exchange/importers/facebook.py" line="79"/>
        <source>Facebook Page Insights, page level (one row per day)</source>
        <translation>Facebook Page Insights، سطح صفحه (یک ردیف برای هر روز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="93"/>
        <source>Empty cells count as 0 (Facebook leaves a breakdown empty when a post has none of it).</source>
        <translation>خانه‌های خالی ۰ حساب می‌شوند (فیس‌بوک وقتی پستی از آن نوع چیزی ندارد خانه را خالی می‌گذارد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="96"/>
        <source>Facebook Page Insights, post level (one row per post)</source>
        <translation>Facebook Page Insights، سطح پست (یک ردیف برای هر پست)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="156"/>
        <source>Google Analytics 4 report without sessions or users</source>
        <extracomment>Sources that are social media whose platform cannot be told: Meta&apos;s Audience Network and Messenger, &quot;meta&quot; itself (Facebook or Instagram).</extracomment>
        <translation>گزارش Google Analytics 4 بدون جلسه (Sessions) یا کاربر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="158"/>
        <source>This Google Analytics 4 report has neither sessions nor users. In Analytics, open Reports, Acquisition, Traffic acquisition, add the Sessions metric (with Date and Session source / medium as dimensions), then download the file again.</source>
        <translation>این گزارش Google Analytics 4 نه جلسه دارد نه کاربر. در Analytics به Reports، Acquisition، Traffic acquisition بروید، سنجهٔ Sessions را اضافه کنید (با Date و Session source / medium به‌عنوان بُعد) و فایل را دوباره بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="165"/>
        <source>This report has no Sessions: {column} is taken as the visits, counting people rather than visits (lower when people come back).</source>
        <translation>این گزارش Sessions ندارد: {column} به‌جای بازدیدها گرفته شد؛ این ستون آدم‌ها را می‌شمارد نه بازدیدها را (وقتی کسی برمی‌گردد کمتر است).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="175"/>
        <source>Google Analytics 4 report without a Date dimension</source>
        <translation>گزارش Google Analytics 4 بدون بُعد Date</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="177"/>
        <source>This report has no Date dimension and no date range: add Date as a dimension in Analytics and download it again.</source>
        <translation>این گزارش نه بُعد Date دارد نه بازهٔ تاریخ: در Analytics بُعد Date را اضافه کنید و دوباره دانلودش کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="192"/>
        <source>{name} report by date and session source / medium (social media only)</source>
        <translation>گزارش {name} بر اساس تاریخ و منبع/رسانهٔ جلسه (فقط شبکه‌های اجتماعی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="194"/>
        <source>{name} report by session source / medium for {start} to {end} (social media only, one total)</source>
        <translation>گزارش {name} بر اساس منبع/رسانهٔ جلسه برای {start} تا {end} (فقط شبکه‌های اجتماعی، یک جمع)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="198"/>
        <source>{name} report by date (all traffic, not only social media)</source>
        <translation>گزارش {name} بر اساس تاریخ (همهٔ ترافیک، نه فقط شبکه‌های اجتماعی)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="200"/>
        <source>{name} report for {start} to {end} (all traffic, one total)</source>
        <translation>گزارش {name} برای {start} تا {end} (همهٔ ترافیک، یک جمع)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="203"/>
        <source>The report has no Date dimension: it gives one total for {start} to {end}, dated {end}.</source>
        <translation>گزارش بُعد Date ندارد: یک جمع برای {start} تا {end} می‌دهد که به تاریخ {end} ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="198"/>
        <source>day</source>
        <extracomment>A period a flow counts in, as a sentence names it (&quot;one figure per {period}&quot;).</extracomment>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="199"/>
        <source>week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="200"/>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="249"/>
        <source>not from social media</source>
        <translation>از شبکه‌های اجتماعی نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="250"/>
        <source>from social media of no known platform (GA4 cannot tell which)</source>
        <translation>از شبکه‌های اجتماعی، ولی پلتفرمش معلوم نیست (GA4 نمی‌تواند بگوید کدام)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="88"/>
        <source>No column of this table is named after {kpi}: choose the date column and the column that holds the figures.</source>
        <translation>هیچ ستونی از این جدول به نام {kpi} نیست: ستون تاریخ و ستونی را که ارقام در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="94"/>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="373"/>
        <source>{kpi} = {formula}</source>
        <translation>{kpi} = {formula}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="149"/>
        <source>Some percentages in {column} are below 1. A spreadsheet cell shown as 2.25% holds 0.0225, which is read as 0.0225%: if the figures below are 100 times too small, type them as 2.25 in the spreadsheet, or save it as CSV and import that.</source>
        <translation>بعضی درصدهای {column} کمتر از ۱ هستند. خانه‌ای از صفحه‌گسترده که 2.25% نشان می‌دهد در واقع 0.0225 را نگه می‌دارد که 0.0225% خوانده می‌شود: اگر ارقام پایین ۱۰۰ برابر کوچک‌ترند، آن‌ها را در صفحه‌گسترده 2.25 بنویسید، یا فایل را CSV ذخیره و همان را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="232"/>
        <source>{column} &apos;{cell}&apos; is negative, which {kpi} cannot be</source>
        <translation>«{cell}» در {column} منفی است، و {kpi} نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="236"/>
        <source>{column} &apos;{cell}&apos; is over 100%, which {kpi} cannot be</source>
        <translation>«{cell}» در {column} بیش از ۱۰۰٪ است، و {kpi} نمی‌تواند چنین باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="245"/>
        <source>&apos;{cell}&apos; is not a platform the planner knows</source>
        <translation>«{cell}» پلتفرمی نیست که برنامه‌ریز بشناسد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="260"/>
        <source>Table of your own (sheet {sheet})</source>
        <translation>جدول خودتان (برگهٔ {sheet})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="261"/>
        <source>Table of your own</source>
        <translation>جدول خودتان</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="277"/>
        <source>it has no column “{name}” for the {what}; its columns are {columns}</source>
        <translation>ستونی به نام «{name}» برای {what} ندارد؛ ستون‌هایش این‌ها هستند: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="283"/>
        <source>dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="284"/>
        <source>figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="287"/>
        <source>platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="296"/>
        <source>&apos;{platform}&apos; is not a platform the planner knows</source>
        <translation>«{platform}» پلتفرمی نیست که برنامه‌ریز بشناسد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="327"/>
        <source>no platform&apos;s layout is recognised, and no column holds dates (columns: {columns})</source>
        <translation>قالب هیچ پلتفرمی شناخته نشد، و هیچ ستونی تاریخ ندارد (ستون‌ها: {columns})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="330"/>
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
        <location filename="../../src/planner/exchange/messages.py" line="206"/>
        <source>nothing the planner tracks</source>
        <translation>هیچ چیزی که برنامه‌ریز دنبال کند</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="46"/>
        <source>Meta Business Suite&apos;s daily files (Insights, Export data, one metric a day) have them.</source>
        <translation>فایل‌های روزانهٔ Meta Business Suite (Insights، Export data، هر روز یک سنجه) آن‌ها را دارند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="67"/>
        <source>Meta Business Suite Instagram posts (one row per post, by publish time)</source>
        <translation>پست‌های اینستاگرام در Meta Business Suite (یک ردیف برای هر پست، بر اساس زمان انتشار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="71"/>
        <source>Meta Business Suite Facebook posts (one row per post, by publish time)</source>
        <translation>پست‌های فیس‌بوک در Meta Business Suite (یک ردیف برای هر پست، بر اساس زمان انتشار)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="80"/>
        <source>Empty metric cells count as 0 (Meta leaves them empty when a post has none).</source>
        <translation>خانه‌های خالیِ سنجه‌ها ۰ حساب می‌شوند (متا وقتی پستی از آن چیزی ندارد، خانه را خالی می‌گذارد).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="82"/>
        <source>Publish times have no time zone: each post counts on the day written in the file.</source>
        <translation>زمان‌های انتشار منطقهٔ زمانی ندارند: هر پست برای روزی حساب می‌شود که در فایل نوشته شده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="104"/>
        <source>Meta writes each day with an hour (00:00 or 01:00, moving with daylight saving time): each row counts on the day written.</source>
        <translation>متا هر روز را با یک ساعت می‌نویسد (00:00 یا 01:00 که با ساعت تابستانی جابه‌جا می‌شود): هر ردیف برای روزِ نوشته‌شده حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="109"/>
        <source>Meta counts new follows in this file, not unfollows: net new followers are lower by the day&apos;s unfollows.</source>
        <translation>متا در این فایل دنبال‌کردن‌های تازه را می‌شمارد، نه لغو دنبال‌ها را: خالصِ دنبال‌کننده‌های تازه به اندازهٔ لغو دنبال‌های آن روز کمتر است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="112"/>
        <source>it has the day&apos;s new follows, not the number of followers, and no unfollows to rebuild that number from. Use a New followers goal, or type the figures.</source>
        <translation>دنبال‌کردن‌های تازهٔ روز را دارد، نه تعداد دنبال‌کننده‌ها را، و لغو دنبال‌ها را ندارد تا بشود آن تعداد را بازسازی کرد. از هدف «دنبال‌کنندهٔ تازه» استفاده کنید، یا ارقام را خودتان بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="116"/>
        <source>the metric “{title}” is not one the planner tracks.</source>
        <translation>سنجهٔ «{title}» از سنجه‌هایی نیست که برنامه‌ریز دنبال می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="119"/>
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
        <location filename="../../src/planner/exchange/importers/model.py" line="211"/>
        <source>It has figures of {kpis}.</source>
        <extracomment>The file counts new follows without unfollows: its changes are not net, so no totals from them.</extracomment>
        <translation>ارقامِ {kpis} را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="213"/>
        <source>This file has no figures of {kpi}: {hint} {has}</source>
        <translation>این فایل ارقامِ {kpi} را ندارد: {hint} {has}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="215"/>
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
        <location filename="../../src/planner/exchange/importers/rollup.py" line="205"/>
        <source>from {platform}, which the goal is not on</source>
        <translation>از {platform}، که هدف روی آن نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="226"/>
        <source>{column} &apos;{cell}&apos; is negative, which this figure cannot be</source>
        <translation>«{cell}» در {column} منفی است، و این رقم نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="237"/>
        <source>{column} is 0 while {other} is {value}, which cannot be: the platform did not count it</source>
        <translation>{column} صفر است در حالی که {other} برابر {value} است، که ممکن نیست: پلتفرم آن را نشمرده است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="244"/>
        <source>{problem} ({day} left out: its total would be incomplete)</source>
        <translation>{problem} ({day} کنار گذاشته شد: جمعش ناقص می‌شد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="258"/>
        <source>{day} appears again (first in row {first}); left out</source>
        <translation>{day} دوباره آمده است (بار اول در ردیف {first})؛ کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="263"/>
        <source>{column} is 0 on every post while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} در همهٔ پست‌ها صفر است ولی {other} نه: پلتفرم {column} را در این فایل نیاورده است. بعداً دوباره خروجی بگیرید، یا به‌جایش {other} را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="266"/>
        <source>{column} is 0 on every day while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} در همهٔ روزها صفر است ولی {other} نه: پلتفرم {column} را در این فایل نیاورده است. بعداً دوباره خروجی بگیرید، یا به‌جایش {other} را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="270"/>
        <source>{column} is below 0 on {days} (more deleted than added that day): counted net, and a day&apos;s total is never below 0.</source>
        <translation>{column} در {days} کمتر از ۰ است (آن روز بیشتر حذف شده تا اضافه): به‌صورت خالص حساب شد، و جمع یک روز هرگز کمتر از ۰ نیست.</translation>
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
        <location filename="../../src/planner/ui/import_texts.py" line="57"/>
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
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="96"/>
        <source>Followers rebuilt from your count of {count} on {day} and the file&apos;s daily changes ({recipe}): {days}, {first} to {last}.</source>
        <translation>دنبال‌کننده‌ها از روی عدد {count} شما در {day} و تغییرات روزانهٔ فایل ({recipe}) بازسازی شد: {days}، از {first} تا {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="37"/>
        <source>{rows} ({where}): {reason}</source>
        <translation>{rows} ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="42"/>
        <source>… and {rows} left out</source>
        <translation>… و {rows} کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="49"/>
        <source>{rows} skipped: {why}</source>
        <translation>{rows} نادیده گرفته شد: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="55"/>
        <source>The file has figures of {theirs}, and this goal is on {yours}: {figures} would count toward a platform the goal does not have.</source>
        <translation>فایل ارقامِ {theirs} را دارد و این هدف روی {yours} است: {figures} برای پلتفرمی حساب می‌شد که این هدف ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="46"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. The page-level export has the reach of each week (Weekly Total Reach).</source>
        <translation>دسترسیِ تک‌تک پست‌ها را نمی‌شود جمع زد، چون کسی که دو پست را دیده دو بار شمرده می‌شود. خروجیِ سطح صفحه دسترسیِ هر هفته را دارد (Weekly Total Reach).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="52"/>
        <source>Facebook&apos;s page-level export has the reach of each week in its Weekly Total Reach column: export the page data with that column.</source>
        <extracomment>Facebook counts the people reached over 1, 7 and 28 days itself; &quot;Weekly Total Reach&quot; on a day is the reach of the 7 days up to it (Facebook&apos;s Page Insights definitions of page_impressions_unique).</extracomment>
        <translation>خروجیِ سطح صفحهٔ فیسبوک دسترسیِ هر هفته را در ستون Weekly Total Reach دارد: داده‌های صفحه را همراه با این ستون خروجی بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="239"/>
        <source>the report sums {days} ({start} to {end}) with no Date dimension, and {kpi} counts per {period}. Download it for one {period}, or add Date as a dimension.</source>
        <translation>گزارش بدون بُعد Date جمعِ {days} است ({start} تا {end})، و {kpi} برای هر {period} شمرده می‌شود. آن را برای یک {period} دانلود کنید، یا Date را به‌عنوان بُعد اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="29"/>
        <source>{first} – {last}</source>
        <extracomment>Two days that bound a stretch (a week, a month), in the window&apos;s language.</extracomment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="212"/>
        <source>the row has {found}, {needed} needed</source>
        <translation>ردیف {found} دارد، {needed} خانه لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="269"/>
        <source>no layout is recognised, and its header has {columns}: this is not a table of figures</source>
        <translation>هیچ قالبی شناخته نشد و سرستون آن {columns} دارد: این جدولِ ارقام نیست</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="48"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. Type each week&apos;s reach as Meta Business Suite shows it with that week as the date range.</source>
        <translation>دسترسیِ تک‌تک پست‌ها را نمی‌شود جمع زد، چون کسی که دو پست را دیده دو بار شمرده می‌شود. دسترسیِ هر هفته را همان‌طور که Meta Business Suite با انتخاب آن هفته به‌عنوان بازهٔ تاریخ نشان می‌دهد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="51"/>
        <source>This file has each day&apos;s reach. Facebook&apos;s page-level export has the reach of each week (Weekly Total Reach); for Instagram, type each week&apos;s reach as Meta Business Suite shows it with that week as the date range.</source>
        <translation>این فایل دسترسیِ هر روز را دارد. خروجیِ سطح صفحهٔ فیسبوک دسترسیِ هر هفته را دارد (Weekly Total Reach)؛ برای اینستاگرام، دسترسیِ هر هفته را همان‌طور که Meta Business Suite با انتخاب آن هفته به‌عنوان بازهٔ تاریخ نشان می‌دهد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="188"/>
        <source>not a row of figures ({found}, {needed} needed): {text}</source>
        <translation>ردیفِ ارقام نیست ({found}، {needed} خانه لازم است): {text}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="276"/>
        <source>{posts} rolled into {days}: each post&apos;s lifetime figures count on its publish day, and the posts of a day are added up.</source>
        <translation>{posts} در {days} جمع شد: ارقامِ تمام عمر هر پست برای روز انتشارش حساب می‌شود، و پست‌های یک روز با هم جمع می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="352"/>
        <source>{column} is 0 for {days} before {day}, then {value}: the platform had not counted yet, so they are left out.</source>
        <translation>{column} در {days} پیش از {day} صفر است و سپس {value}: پلتفرم هنوز نشمرده بود، پس آن روزها کنار گذاشته شدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="80"/>
        <source>the note is longer than {limit}</source>
        <translation>یادداشت از {limit} بلندتر است</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="84"/>
        <source>Each figure of {kpi} in this file covers the {days} up to its date, and the goal counts per {period}: they do not fit.</source>
        <extracomment>Periods left out are said one by one up to this many; more in one line. The shortest and longest calendar month: a table of the owner&apos;s with one figure a month is spaced so.</extracomment>
        <translation>هر رقمِ {kpi} در این فایل {days} تا تاریخ خودش را در بر می‌گیرد، و هدف برای هر {period} می‌شمارد: با هم جور نیستند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="96"/>
        <source>Import a file with one figure per {period}, each dated on the last day of its {period}, or type each {period}&apos;s figure in the figures table.</source>
        <translation>فایلی وارد کنید که برای هر {period} یک رقم دارد، با تاریخِ روز آخرِ همان {period}، یا رقمِ هر {period} را در جدول ارقام بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="99"/>
        <source>{kpi} cannot be added up from daily figures. {why} {way}</source>
        <translation>{kpi} را نمی‌شود از ارقامِ روزانه جمع زد. {why} {way}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="151"/>
        <source>The table has one date for each platform: it cannot show whether its figures are a day&apos;s amounts or a {period}&apos;s. Type them in the figures table, dated on the last day of their {period}.</source>
        <translation>جدول برای هر پلتفرم یک تاریخ دارد: از آن پیدا نیست که ارقامش مقدارِ یک روز است یا یک {period}. آن‌ها را در جدول ارقام بنویسید، با تاریخِ روز آخرِ {period} خودشان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="174"/>
        <source>No {period} of the goal is whole in this file, so there is no {period}&apos;s total to store (the notes say what each one lacks). Export a date range that holds at least one whole {period} of the goal, such as {span}.</source>
        <translation>هیچ {period} کاملی از هدف در این فایل نیست، پس جمعِ هیچ {period} را نمی‌توان ذخیره کرد (یادداشت‌ها می‌گویند هر کدام چه کم دارد). بازه‌ای را خروجی بگیرید که دست‌کم یک {period} کامل از هدف را در بر بگیرد، مثلاً {span}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="179"/>
        <source>None of the figures in this file is the figure of a {period} of the goal that is over (the notes say why). Import again once a {period} is over, or export one that is, such as {span}.</source>
        <translation>هیچ‌یک از ارقام این فایل رقمِ یک {period} تمام‌شده از هدف نیست (یادداشت‌ها دلیلش را می‌گویند). پس از تمام شدنِ یک {period} دوباره وارد کنید، یا بازه‌ای تمام‌شده را خروجی بگیرید، مثلاً {span}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="265"/>
        <source>The dates of this table are not one {period} apart, so its figures are taken as each day&apos;s amount and added up. If each is already a {period}&apos;s total, give them dates one {period} apart (the last day of each).</source>
        <translation>تاریخ‌های این جدول یک {period} از هم فاصله ندارند، پس ارقامش مقدارِ روزانه گرفته و جمع زده می‌شوند. اگر هر کدام از پیش جمعِ یک {period} است، تاریخ‌ها را یک {period} از هم فاصله بدهید (روز آخرِ هر کدام).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="271"/>
        <source>{rows} without a readable date are left out: the {period} they belong to may be short by their figures.</source>
        <translation>{rows} بدون تاریخِ خوانا کنار گذاشته شد: ممکن است آن {period} که به آن تعلق دارند به اندازهٔ ارقامشان کم باشد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="313"/>
        <source>{figures} added up into {periods} for {platforms}: each is the total of one of the goal&apos;s months (30 or 31 days, counted from its start on {start}) and is dated on the month&apos;s last day.</source>
        <translation>{figures} در {periods} برای {platforms} جمع شد: هر کدام جمعِ یکی از ماه‌های هدف است (30 یا 31 روز، شمرده از شروعش در {start}) و تاریخِ روز آخرِ ماه را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="318"/>
        <source>{figures} added up into {periods} for {platforms}: each is the total of one of the goal&apos;s weeks (seven days from the weekday of its start, {start}) and is dated on the week&apos;s last day.</source>
        <translation>{figures} در {periods} برای {platforms} جمع شد: هر کدام جمعِ یکی از هفته‌های هدف است (هفت روز از همان روزِ هفته که هدف شروع شد، {start}) و تاریخِ روز آخرِ هفته را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="392"/>
        <source>{figures}, one per {period}: stored as they are, each on the last day of the goal&apos;s {period} that holds its date ({day} is stored on {end}).</source>
        <translation>{figures}، یکی برای هر {period}: همان‌طور که هست ذخیره شد، هر کدام در روز آخرِ همان {period} از هدف که تاریخش در آن است ({day} در {end} ذخیره می‌شود).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="398"/>
        <source>{figures}, one per {period}, each on the last day of a {period} of the goal: stored as they are.</source>
        <translation>{figures}، یکی برای هر {period}، هر کدام در روز آخرِ یک {period} از هدف: همان‌طور که هست ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="333"/>
        <source>The {period} of {span} is not complete ({days} of {total}): left out; import again after {last}.</source>
        <translation>{period} {span} کامل نیست ({days} از {total}): کنار گذاشته شد؛ پس از {last} دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="338"/>
        <source>The {period} of {span} is left out: a row of {day} was left out (see the rows left out), so its total would be incomplete.</source>
        <translation>{period} {span} کنار گذاشته شد: ردیفی از {day} کنار گذاشته شده است (ردیف‌های کنارگذاشته را ببینید)، پس جمعش ناقص می‌شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="343"/>
        <source>The {period} of {span} is not complete ({days} of {total} in the file): left out.</source>
        <translation>{period} {span} کامل نیست ({days} از {total} در فایل): کنار گذاشته شد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="347"/>
        <source>{periods} are not complete (days are missing) and are left out, the first {first}, the last {last}.</source>
        <translation>{periods} کامل نیستند (روزهایی کم دارند) و کنار گذاشته شدند؛ نخستین {first} و آخرین {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="376"/>
        <source>{days} are in the same {period} of the goal, {span}: neither is its figure, so both are left out.</source>
        <translation>{days} در یک {period} از هدف‌اند، {span}: هیچ‌کدام رقمِ آن نیست، پس همه کنار گذاشته شدند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="383"/>
        <source>A figure of the {period} of {span} is left out: that {period} of the goal is not over; import again after {last}.</source>
        <translation>رقمِ {period} {span} کنار گذاشته شد: آن {period} از هدف هنوز تمام نشده؛ پس از {last} دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="415"/>
        <source>{recipe}: each day&apos;s figure counts the people of the {days} up to it, so the figure on the last day of each {period} of the goal is stored: {periods} from {figures}.</source>
        <translation>{recipe}: رقمِ هر روز آدم‌های {days} تا همان روز را می‌شمارد، پس رقمِ روز آخرِ هر {period} از هدف ذخیره می‌شود: {periods} از {figures}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="425"/>
        <source>The {period} of {span} is not over: left out; import again after {last}.</source>
        <translation>{period} {span} هنوز تمام نشده: کنار گذاشته شد؛ پس از {last} دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="428"/>
        <source>The {period} of {span} is left out: the file has no figure for {last}, its last day.</source>
        <translation>{period} {span} کنار گذاشته شد: فایل برای {last}، روز آخرش، رقمی ندارد.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="248"/>
        <source>must be a finite number</source>
        <extracomment>followers (or subscribers) when the goal was set: the account&apos;s size, for KPIs judged by size band the KPI&apos;s definition changed since the goal was made (a plan from before &quot;ctr&quot; meant organic link CTR): the owner has to confirm it once, in the goal&apos;s edit the plan&apos;s seasons: they bend the target line and the forecast (``seasons``); not stored with the goal but with the plan, and given to every goal the plan holds when it is read No social-media figure comes near this (it is 125 times the world&apos;s population); above it, sums and fits of the figures lose their precision or overflow.</extracomment>
        <translation>باید عددی معین باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="250"/>
        <source>cannot be negative</source>
        <translation>نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="252"/>
        <source>is too large to be a real figure</source>
        <translation>بزرگ‌تر از آن است که رقمی واقعی باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="254"/>
        <source>a percentage cannot be over 100</source>
        <translation>درصد نمی‌تواند بیشتر از ۱۰۰ باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="111"/>
        <source>must be between 2000-01-01 and 2100-12-31</source>
        <translation>باید میان 2000-01-01 و 2100-12-31 باشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="256"/>
        <source>a star rating cannot be over 5</source>
        <translation>امتیاز ستاره‌ای نمی‌تواند بیشتر از ۵ باشد</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="198"/>
        <source>Your business</source>
        <extracomment>The chart&apos;s share of the body&apos;s width; the goal&apos;s details stand beside it. The summary&apos;s picture strip: the brand colour&apos;s band, and the logo (at most this tall) at the start side.</extracomment>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="204"/>
        <location filename="../../src/planner/report/pdf_report.py" line="199"/>
        <source>Social media goals: summary</source>
        <translation>هدف‌های شبکه‌های اجتماعی: خلاصه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="206"/>
        <source>Period covered: %1 to %2</source>
        <translation>بازهٔ زمانی: %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="208"/>
        <source>Made on %1</source>
        <translation>تهیه‌شده در %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="210"/>
        <source>Goals in this report: %1</source>
        <translation>هدف‌های این گزارش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="219"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="221"/>
        <source>Forecast at the deadline</source>
        <translation>پیش‌بینی در مهلت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="222"/>
        <source>Change since the previous period</source>
        <translation>تغییر نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="228"/>
        <source>%1 (target %2)</source>
        <translation>%1 (هدف %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="246"/>
        <source>no earlier figure</source>
        <translation>بدون رقم قبلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="251"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="253"/>
        <source>better</source>
        <translation>بهتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="253"/>
        <source>worse</source>
        <translation>بدتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="254"/>
        <source>no change</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="280"/>
        <source>Objective</source>
        <translation>هدف کلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="281"/>
        <source>KPI</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="283"/>
        <source>Baseline</source>
        <translation>مقدار پایه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="220"/>
        <source>Current</source>
        <translation>فعلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="284"/>
        <source>Target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="223"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="220"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="268"/>
        <source>ages %1–%2</source>
        <translation>سن %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="274"/>
        <source>anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="282"/>
        <source>Platforms</source>
        <translation>پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="285"/>
        <source>Period</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="289"/>
        <source>Serves</source>
        <translation>در خدمت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Audience</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="292"/>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="294"/>
        <source>Time a week</source>
        <translation>زمان در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="324"/>
        <source>Nothing to warn about: this goal looks realistic.</source>
        <translation>هشداری نیست: این هدف واقع‌بینانه به نظر می‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="333"/>
        <source>What to do: </source>
        <translation>چه باید کرد: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="340"/>
        <source>Suggested target</source>
        <translation>مقدار هدف پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="348"/>
        <source>Latest figures (%1 of %2)</source>
        <translation>آخرین ارقام (%1 از %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="351"/>
        <source>No figures yet.</source>
        <translation>هنوز رقمی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="360"/>
        <location filename="../../src/planner/report/content.py" line="377"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="360"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="361"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="361"/>
        <location filename="../../src/planner/report/content.py" line="379"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="398"/>
        <source> (archived)</source>
        <extracomment>What a goal&apos;s section is made of, in order: each part makes its blocks from the goal&apos;s facts. A new part (as the latest check-ins were) is one function added here.</extracomment>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="454"/>
        <source>no figures yet</source>
        <translation>هنوز رقمی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="455"/>
        <source>%1 of the way · latest %2 on %3</source>
        <translation>%1 از مسیر · آخرین رقم %2 در %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="61"/>
        <source>There is no goal %1 in this plan</source>
        <extracomment>Where paper is Letter rather than A4.</extracomment>
        <translation>هدف %1 در این برنامه وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="104"/>
        <source>Unknown page size %1 (use A4 or Letter)</source>
        <translation>اندازهٔ صفحهٔ ناشناخته: %1 (از A4 یا Letter استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="122"/>
        <source>The plan has no goals to report</source>
        <translation>این برنامه هدفی برای گزارش ندارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="203"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 از %2 تا %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="239"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="219"/>
        <source>Verdict</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="285"/>
        <source>%1 to %2 (%3)</source>
        <translation>از %1 تا %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="372"/>
        <source>Check-ins (%1 of %2)</source>
        <extracomment>Check-ins a goal&apos;s section lists: the newest, so the report tells the latest part of the story.</extracomment>
        <translation>بازبینی‌ها (%1 از %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="378"/>
        <source>Confidence</source>
        <translation>اطمینان</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/planner/domain/review.py" line="65"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="66"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="67"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="68"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="69"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="70"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="71"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="31"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="36"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="42"/>
        <source>The amount of %1</source>
        <translation>مقدار دوره‌ی %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="43"/>
        <source>The figure today, %1</source>
        <translation>رقم امروز، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="50"/>
        <source>no figure then</source>
        <translation>آن زمان رقمی نبود</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="63"/>
        <source>Period over period: the last complete period has no figure yet.</source>
        <translation>مقایسه‌ی دوره‌ها: آخرین دوره‌ی کامل هنوز رقمی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="68"/>
        <source>This week (%1): %2</source>
        <translation>این هفته (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="69"/>
        <source>This month (%1): %2</source>
        <translation>این ماه (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="71"/>
        <source>Against the week before: %1</source>
        <translation>نسبت به هفته‌ی پیش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="72"/>
        <source>Against the month before: %1</source>
        <translation>نسبت به ماه پیش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="73"/>
        <source>Against the same week a year before: %1</source>
        <translation>نسبت به همین هفته در سال پیش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="74"/>
        <source>Against the same month a year before: %1</source>
        <translation>نسبت به همین ماه در سال پیش: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="85"/>
        <source>confidence %1 of %2</source>
        <translation>اطمینان %1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="89"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="95"/>
        <source>×%1 (%2)</source>
        <translation>×%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="100"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="23"/>
        <source>Nour Bakery</source>
        <translation>نانوایی نور</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="104"/>
        <location filename="../../src/planner/domain/sample.py" line="291"/>
        <source>Amman</source>
        <translation>شیراز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="110"/>
        <source>Grow Instagram followers to 1,900</source>
        <translation>رساندن دنبال‌کننده‌های اینستاگرام به ۱٬۹۰۰</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="112"/>
        <source>Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>دنبال‌کننده‌های اینستاگرام را با انتشار ریلز پخت صبحگاهی، چهار بار در هفته، ظرف ده ماه از ۱٬۲۰۰ به ۱٬۹۰۰ برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="126"/>
        <source>Be the bakery people in the neighbourhood think of first</source>
        <translation>نانوایی‌ای باشیم که اهل محل اول به یادش می‌افتند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="88"/>
        <source>Ramadan Reels series started</source>
        <translation>شروع مجموعهٔ ریلز ماه رمضان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="86"/>
        <source>Collaboration with a local food blogger</source>
        <translation>همکاری با یک بلاگر غذای محلی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="147"/>
        <source>Website visits from social: 200 a week</source>
        <translation>بازدید سایت از شبکه‌های اجتماعی: ۲۰۰ در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="162"/>
        <source>Take more pre-orders online</source>
        <translation>پیش‌سفارش آنلاین بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="176"/>
        <source>Boosted a post: 40 USD</source>
        <translation>تبلیغ یک پست: ۴۰ دلار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="183"/>
        <source>TikTok: 50,000 followers in four months</source>
        <translation>تیک‌تاک: ۵۰٬۰۰۰ دنبال‌کننده در چهار ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="185"/>
        <source>Reach 50,000 TikTok followers in four months with behind-the-counter videos.</source>
        <translation>با ویدیوهای پشت پیشخوان، ظرف چهار ماه به ۵۰٬۰۰۰ دنبال‌کننده در تیک‌تاک برسیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="195"/>
        <source>Become known beyond our neighbourhood</source>
        <translation>بیرون از محلهٔ خودمان هم شناخته شویم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="209"/>
        <source>Facebook: 5% of people reached engage</source>
        <translation>فیس‌بوک: تعامل ۵٪ از افراد دسترسی‌یافته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="211"/>
        <source>Raise the share of people reached on our Facebook page who like, comment or share from 3.5% to 5% in six months by asking a question in every post.</source>
        <translation>با پرسیدن یک سؤال در هر پست، سهم افرادی از دسترسی صفحهٔ فیس‌بوک که لایک، نظر یا اشتراک می‌گذارند را ظرف شش ماه از ۳٫۵٪ به ۵٪ برسانیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="224"/>
        <source>Regulars who talk about us</source>
        <translation>مشتریان ثابتی که از ما حرف می‌زنند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="243"/>
        <source>Answer messages within 4 hours</source>
        <translation>پاسخ به پیام‌ها در کمتر از ۴ ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="245"/>
        <source>Cut our first response time on Facebook and X messages from 12 hours to 4 hours within five months.</source>
        <translation>زمان اولین پاسخ به پیام‌های فیس‌بوک و X را ظرف پنج ماه از ۱۲ ساعت به ۴ ساعت کاهش دهیم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="257"/>
        <source>Customers get answers before they give up</source>
        <translation>مشتریان پیش از ناامید شدن پاسخ بگیرند</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="274"/>
        <source>40 catering leads a month from Facebook</source>
        <translation>۴۰ سرنخ پذیرایی در ماه از فیس‌بوک</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="289"/>
        <source>Grow the catering side of the business</source>
        <translation>رشد بخش پذیرایی کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="305"/>
        <source>Lead form ad: 100 USD</source>
        <translation>تبلیغ فرم سرنخ: ۱۰۰ دلار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="90"/>
        <source>Reels of the morning bake started</source>
        <translation>شروع ریلزهای پخت صبحگاهی</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="149"/>
        <source>Bring 200 visits a week from Facebook and Instagram to our order page within eight months, up from 80.</source>
        <translation>ظرف هشت ماه هفته‌ای ۲۰۰ بازدید از فیس‌بوک و اینستاگرام به صفحهٔ سفارشمان بیاوریم، به جای ۸۰.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="276"/>
        <source>Collect 40 catering enquiries a month through the Facebook lead form within nine months, up from 15.</source>
        <translation>ظرف نه ماه، ماهی ۴۰ درخواست پذیرایی از فرم سرنخ فیس‌بوک جمع کنیم، به جای ۱۵.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="40"/>
        <source>Weekly review: {plan}</source>
        <translation>بازبینی هفتگی: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="41"/>
        <source>Time to check in on your goals in {app}: Goal &gt; Check in.</source>
        <translation>وقت بازبینی هدف‌هایتان در {app} است: هدف &gt; بازبینی.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="42"/>
        <source>{goal}: the figure of each week</source>
        <translation>{goal}: رقم هر هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="43"/>
        <source>{goal}: each month&apos;s figure, at the first review after the month ends</source>
        <translation>{goal}: رقم هر ماه، در نخستین بازبینی پس از پایان ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="44"/>
        <source>{goal}: the figure of each month</source>
        <translation>{goal}: رقم هر ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="45"/>
        <source>Weekly review of your goals</source>
        <translation>بازبینی هفتگی هدف‌هایتان</translation>
    </message>
</context>
<context>
    <name>seasons</name>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="46"/>
        <source>pause</source>
        <extracomment>A season lasts at most a year (366 days); a longer change of pace is a change of the goal. Seasons one plan holds: a few a year over a plan&apos;s years is a few dozen. Words for an effect, by the band it falls in (``effect_word``), translated under the context &quot;seasons&quot;.</extracomment>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="47"/>
        <source>slower</source>
        <translation>کندتر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="48"/>
        <source>the usual pace</source>
        <translation>آهنگ معمول</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="49"/>
        <source>faster</source>
        <translation>تندتر</translation>
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
    <message>
        <location filename="../../src/planner/domain/templates.py" line="42"/>
        <source>Collect 50% more leads a month through Facebook lead forms within three months.</source>
        <translation>ظرف سه ماه، ماهانه 50٪ سرنخ بیشتر از فرم‌های سرنخ فیس‌بوک جمع کنیم.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../src/planner/domain/units.py" line="51"/>
        <source>%1%</source>
        <extracomment>A duration shorter than this many days is said in days, a longer one in months. Beyond this, numbers are written in scientific notation (goals.MAX_VALUE: no real figure gets there).</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="52"/>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="19"/>
        <source>a count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="20"/>
        <source>a percentage</source>
        <translation>درصد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="21"/>
        <source>hours</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="22"/>
        <source>money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="54"/>
        <source>%1 percentage point</source>
        <translation>%1 واحد درصد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="55"/>
        <source>%1 percentage points</source>
        <translation>%1 واحد درصد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="56"/>
        <source>%1 a week</source>
        <translation>%1 در هفته</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="57"/>
        <source>%1 a month</source>
        <translation>%1 در ماه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="23"/>
        <source>stars, from 1 to 5</source>
        <translation>ستاره، از 1 تا 5</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="81"/>
        <source>Achieved</source>
        <extracomment>Days ahead of today for the &quot;needed by&quot; table&apos;s first two rows. The forecast &quot;reaches&quot; the target when it falls short by no more than this share of the target (float rounding: figures exactly on a straight target line give back the target to about 1e-13).</extracomment>
        <translation>محقق شد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="82"/>
        <source>Missed</source>
        <translation>محقق نشد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="83"/>
        <source>Unrealistic</source>
        <translation>غیرواقع‌بینانه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="84"/>
        <source>Off course</source>
        <translation>خارج از مسیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="85"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="86"/>
        <source>Ahead</source>
        <translation>جلوتر از برنامه</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="87"/>
        <source>On course</source>
        <translation>در مسیر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="88"/>
        <source>Too early</source>
        <translation>هنوز زود است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="299"/>
        <source>Reached {current} on {date} (target {target})</source>
        <extracomment>the latest figure since the start, up to the deadline, and its date (None: no figure yet) KPI units a week needed from today (from the latest figure, or the baseline without one) days from today the latest figure stays in the band if nothing improves (it covers the deadline when ``buffer_to_deadline``); 0: out of the band today the codes of the error findings that make the goal unrealistic</extracomment>
        <translation>در {date} به {current} رسید (هدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="300"/>
        <source>The deadline, {deadline}, passed at {current} (target {target})</source>
        <translation>مهلت ({deadline}) با {current} به پایان رسید (هدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="301"/>
        <source>The deadline, {deadline}, passed with no figure since the start</source>
        <translation>مهلت ({deadline}) بدون هیچ رقمی از آغاز به پایان رسید</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="303"/>
        <source>{target} by {deadline} is out of reach: see the findings</source>
        <translation>رسیدن به {target} تا {deadline} دست‌نیافتنی است: یافته‌ها را ببینید</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="304"/>
        <source>About {forecast} by {deadline} (target {target})</source>
        <translation>حدود {forecast} تا {deadline} (هدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="305"/>
        <source>{current} on {date}, behind the target line ({expected} then)</source>
        <translation>{current} در {date}، عقب‌تر از خط هدف ({expected} در آن زمان)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="306"/>
        <source>{current} on {date}, ahead of the target line ({expected} then)</source>
        <translation>{current} در {date}، جلوتر از خط هدف ({expected} در آن زمان)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="307"/>
        <source>{current} on {date}, on the target line so far</source>
        <translation>{current} در {date}، تا اینجا روی خط هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="308"/>
        <source>{current} on {date}, ahead of the target line so far ({expected} then)</source>
        <translation>{current} در {date}، تا اینجا جلوتر از خط هدف ({expected} در آن زمان)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="310"/>
        <source>No figure since the start, {start}, yet</source>
        <translation>از آغاز ({start}) هنوز رقمی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="311"/>
        <source>The goal starts on {start}</source>
        <translation>هدف در {start} آغاز می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="314"/>
        <source>needs {needed}, you do {own}</source>
        <translation>{needed} لازم است و سرعت شما {own} است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="315"/>
        <source>needs {needed} from today</source>
        <translation>از امروز {needed} لازم است</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="316"/>
        <source>about {forecast} by {deadline} (target {target})</source>
        <translation>حدود {forecast} تا {deadline} (هدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="317"/>
        <source>a forecast needs figures on 3 different dates</source>
        <translation>پیش‌بینی به ارقامی در سه تاریخ مختلف نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="319"/>
        <source>{first}.</source>
        <translation>{first}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="319"/>
        <source>{first}; {second}.</source>
        <translation>{first}؛ {second}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="320"/>
        <source>{first}; {second}; {third}.</source>
        <translation>{first}؛ {second}؛ {third}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="29"/>
        <source>The goal is over: there is no pace left to keep.</source>
        <translation>این هدف به پایان رسیده است: دیگر سرعتی برای حفظ کردن نمانده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="36"/>
        <source>No forecast yet: it needs figures on 3 different dates.</source>
        <translation>هنوز پیش‌بینی‌ای نیست: به ارقامی در سه تاریخ مختلف نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="38"/>
        <source>Forecast for the deadline (%1): %2.</source>
        <translation>پیش‌بینی برای مهلت (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="40"/>
        <source>At this pace the target is reached on %1.</source>
        <translation>با این سرعت، هدف در %1 محقق می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="42"/>
        <source>At this pace the target is not reached within ten years.</source>
        <translation>با این سرعت، هدف ظرف ده سال محقق نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="44"/>
        <source>Needed from today: %1.</source>
        <translation>لازم از امروز: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="46"/>
        <source>Your pace: %1.</source>
        <translation>سرعت شما: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="49"/>
        <source>Buffer: the latest figure stays in the band to the deadline, even with no progress.</source>
        <translation>حاشیهٔ امن: آخرین رقم حتی بدون پیشرفت تا مهلت در بازه می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="52"/>
        <source>Buffer: none, the latest figure is out of the band today.</source>
        <translation>حاشیهٔ امن: ندارد؛ آخرین رقم امروز بیرون از بازه است.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="54"/>
        <source>Buffer: %1 before the latest figure falls out of the band, if nothing improves.</source>
        <translation>حاشیهٔ امن: %1 تا آخرین رقم از بازه بیرون بیفتد، اگر چیزی بهتر نشود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="57"/>
        <source>At this pace the figures leave the band on %1.</source>
        <translation>با این سرعت، ارقام در %1 از بازه بیرون می‌روند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="59"/>
        <source>At this pace the figures stay in the band to the deadline.</source>
        <translation>با این سرعت، ارقام تا مهلت در بازه می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="62"/>
        <source>Needed by (the target line, and the least the band allows):</source>
        <translation>لازم تا این تاریخ‌ها (خط هدف، و کمترین مقداری که بازه اجازه می‌دهد):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="64"/>
        <source>Needed by (the target line, and the most the band allows):</source>
        <translation>لازم تا این تاریخ‌ها (خط هدف، و بیشترین مقداری که بازه اجازه می‌دهد):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="65"/>
        <source>in a week, %1</source>
        <translation>یک هفته بعد، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="66"/>
        <source>in a month, %1</source>
        <translation>یک ماه بعد، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="67"/>
        <source>the deadline, %1</source>
        <translation>مهلت، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
</TS>
