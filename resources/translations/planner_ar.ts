<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="42"/>
        <source>About Social Goal Planner</source>
        <translation>حول Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="52"/>
        <source>Social Goal Planner is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Social Goal Planner برنامج حر: يمكنك إعادة توزيعه و/أو تعديله وفق شروط رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو أي إصدار لاحق. ويأتي دون أي ضمان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="87"/>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="88"/>
        <source>&amp;Third-party software</source>
        <translation>برمجيات ال&amp;غير</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/about_dialog.py" line="89"/>
        <source>&amp;Licence texts</source>
        <translation>نصوص ال&amp;رخص</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="51"/>
        <source>%1 cannot be read (%2).</source>
        <extracomment>A picture file larger than this is not read at all (a logo is small; this is a photo or not a picture). Currencies offered (the owner may type any other): ISO 4217 codes common where the app is used.</extracomment>
        <translation>تعذّرت قراءة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="53"/>
        <source>%1 is %2 MB: choose a picture under %3 MB.</source>
        <translation>حجم %1 هو %2 ميغابايت: اختر صورة أصغر من %3 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="58"/>
        <source>%1 is not a picture this app can read (PNG, JPEG, BMP, GIF …).</source>
        <translation>%1 ليس صورة يستطيع هذا التطبيق قراءتها (PNG وJPEG وBMP وGIF …).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="75"/>
        <source>The picture is still %1 KB as a 512-pixel PNG; the plan keeps logos up to %2 KB. A simpler picture (fewer colours, a plain background) will fit.</source>
        <translation>ما زال حجم الصورة %1 كيلوبايت بصيغة PNG بعرض 512 بكسل، والخطة تحفظ شعارات حتى %2 كيلوبايت. صورة أبسط (ألوان أقل وخلفية سادة) ستناسب.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="88"/>
        <source>Business details</source>
        <translation>بيانات النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="96"/>
        <source>e.g. Nour Bakery</source>
        <translation>مثلًا: مخبز نور</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="102"/>
        <source>C&amp;hoose a picture…</source>
        <translation>ا&amp;ختر صورة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="105"/>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="117"/>
        <source>N&amp;one</source>
        <translation>&amp;بلا لون</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="145"/>
        <source>Business &amp;name:</source>
        <translation>&amp;اسم النشاط:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="146"/>
        <source>&amp;Logo:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="149"/>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="150"/>
        <source>Bran&amp;d colour:</source>
        <translation>&amp;لون العلامة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="153"/>
        <source>&amp;Reports in:</source>
        <translation>لغة الت&amp;قارير:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="154"/>
        <source>The PDF summary shows your name and logo on its cover, in your colour, in the language chosen here. The currency is offered for new goals.</source>
        <translation>يعرض ملخص PDF اسمك وشعارك على غلافه، بلونك، وباللغة المختارة هنا. وتُقترح العملة للأهداف الجديدة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="193"/>
        <source>no logo</source>
        <translation>لا شعار</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="195"/>
        <source>There is no logo to remove.</source>
        <translation>لا يوجد شعار لإزالته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="200"/>
        <source>Brand colour</source>
        <translation>لون العلامة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="211"/>
        <source>Choose a colour…</source>
        <translation>اختر لونًا…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/business_dialog.py" line="214"/>
        <source>No colour is chosen.</source>
        <translation>لم يُختر لون.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="60"/>
        <source>Show the whole goal (reset zoom)</source>
        <translation>عرض الهدف كاملًا (إعادة ضبط التكبير)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="61"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>تصدير الرسم البياني بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="159"/>
        <source>target line: %1</source>
        <translation>المسار المستهدف: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="176"/>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="176"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="184"/>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="186"/>
        <source>The chart was not exported</source>
        <translation>لم يُصدَّر الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/chart_pane.py" line="135"/>
        <source>Last check-in: %1</source>
        <translation>آخر مراجعة: %1</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="79"/>
        <source>Check in</source>
        <translation>المراجعة الأسبوعية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="86"/>
        <source>Show &amp;every goal, not only those waiting for figures</source>
        <translation>اعرض &amp;كل الأهداف، لا التي تنتظر الأرقام وحدها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="123"/>
        <source>No goal waits for figures: every goal is up to date.</source>
        <translation>لا هدف ينتظر أرقامًا: كل الأهداف محدَّثة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="130"/>
        <source>Nothing to check in. Tick “Show every goal” to update a goal anyway.</source>
        <translation>لا شيء للمراجعة. اختر «اعرض كل الأهداف» لتحديث هدف على أي حال.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="148"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="153"/>
        <source>Last figure: %1 on %2</source>
        <translation>آخر رقم: %1 في %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="154"/>
        <source>No figure yet</source>
        <translation>لا أرقام بعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="155"/>
        <source>Target line today: %1</source>
        <translation>خط الهدف اليوم: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="158"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="176"/>
        <source>%1: figure on %2</source>
        <translation>%1: الرقم على %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="178"/>
        <source>now %1</source>
        <translation>الآن %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="181"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="189"/>
        <source>%1: confidence</source>
        <translation>%1: الثقة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="190"/>
        <source>– not said</source>
        <translation>– لم تُحدَّد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="196"/>
        <source>One line: what happened (“Ramadan series started”, “ran an ad”)</source>
        <translation>سطر واحد: ماذا حدث («بدأت سلسلة رمضان»، «نشرنا إعلانًا»)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="197"/>
        <source>%1: note</source>
        <translation>%1: ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="199"/>
        <source>Confidence:</source>
        <translation>الثقة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="201"/>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="237"/>
        <source>%1 did not fit: there are fewer entries below.</source>
        <translation>لم يتّسع المكان لـ %1: الخانات في الأسفل أقل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="253"/>
        <source>%1, %2: “%3” is not a number.</source>
        <translation>%1، %2: «%3» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="257"/>
        <source>%1, %2: the value %3 %4.</source>
        <translation>%1، %2: القيمة %3 %4.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="263"/>
        <source>%1: choose how confident you are, to keep the note.</source>
        <translation>%1: اختر مدى ثقتك لتُحفظ الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/checkin_dialog.py" line="281"/>
        <source>Nothing to save: type a figure or choose a confidence first.</source>
        <translation>لا شيء للحفظ: اكتب رقمًا أو اختر درجة الثقة أولًا.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>day</source>
        <extracomment>Marks a right-to-left date may carry between its parts (RLM, ALM, isolates, embeddings). What may be typed at all: digits of any script, separators and spaces (a partial date is fine).</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="52"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="62"/>
        <source>“%1” is not a date. Write it like %2 (%3), or as YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا. اكتبه مثل %2 (%3)، أو بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="86"/>
        <source>Enter a date.</source>
        <translation>أدخل تاريخًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="107"/>
        <source>“%1”: write the year in full, with four digits (like %2).</source>
        <translation>«%1»: اكتب السنة كاملة بأربعة أرقام (مثل %2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="110"/>
        <source>“%1” is not a date: there is no month %2 (months go from 1 to %3).</source>
        <translation>«%1» ليس تاريخًا: لا يوجد شهر رقمه %2 (الأشهر من 1 إلى %3).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="115"/>
        <source>“%1” is not a date: %2 has %3 days.</source>
        <translation>«%1» ليس تاريخًا: عدد أيام %2 هو %3.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="121"/>
        <source>“%1”: choose a date from %2 to %3.</source>
        <translation>«%1»: اختر تاريخًا من %2 إلى %3.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="191"/>
        <location filename="../../src/planner/ui/date_field.py" line="248"/>
        <source>Type a date like %1 (%2), or press Alt+Down for the calendar.</source>
        <translation>اكتب تاريخًا مثل %1 (%2)، أو اضغط Alt+السهم السفلي لفتح التقويم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/date_field.py" line="194"/>
        <source>Choose from the calendar</source>
        <translation>اختر من التقويم</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="49"/>
        <source>Open the &amp;sample plan</source>
        <extracomment>The column&apos;s width, in average characters of the font: about a comfortable line of reading. The picture&apos;s size, in lines of the font.</extracomment>
        <translation>افتح الخطة ال&amp;نموذجية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="100"/>
        <source>Create your first goal</source>
        <translation>أنشئ هدفك الأول</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="102"/>
        <source>Turn “I want more followers” into a goal you can reach: pick what you want, how you will measure it, on which platforms, and by when. Then enter your figures and see if you are on track.</source>
        <translation>حوِّل «أريد متابعين أكثر» إلى هدف يمكنك تحقيقه: اختر ما تريده، وكيف ستقيسه، وعلى أي منصات، وبحلول متى. ثم أدخل أرقامك وتابع هل تسير على المسار الصحيح.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="104"/>
        <source>&amp;Create your first goal</source>
        <translation>&amp;أنشئ هدفك الأول</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="109"/>
        <source>No plan is open</source>
        <translation>لا توجد خطة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="110"/>
        <source>Open a plan file, start a new one, or look around the sample plan.</source>
        <translation>افتح ملف خطة، أو ابدأ خطة جديدة، أو تجوَّل في الخطة النموذجية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/empty_state.py" line="111"/>
        <source>&amp;Open a plan…</source>
        <translation>&amp;افتح خطة…</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="27"/>
        <source>Export PDF summary</source>
        <translation>تصدير ملخص PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="28"/>
        <source>&amp;All goals that are not archived</source>
        <translation>&amp;كل الأهداف غير المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="30"/>
        <source>&amp;These goals:</source>
        <translation>&amp;هذه الأهداف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="46"/>
        <source>The usual paper where you are</source>
        <translation>الورق المعتاد في بلدك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="48"/>
        <source>US Letter</source>
        <translation>ورق Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="56"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="62"/>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="54"/>
        <source>The plan&apos;s business details set the usual language of its reports</source>
        <translation>تحدد بيانات النشاط في الخطة اللغة المعتادة لتقاريرها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/export_pdf_dialog.py" line="63"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>FigureDelegate</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="299"/>
        <source>Not saved: “%1” is not a number.</source>
        <translation>لم يُحفظ: «%1» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="294"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="337"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="337"/>
        <source>Add a figure</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="339"/>
        <source>Delete the selected figures</source>
        <translation>حذف الأرقام المحددة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="341"/>
        <source>Paste rows copied from a spreadsheet (date, value)</source>
        <translation>لصق صفوف منسوخة من جدول بيانات (التاريخ، القيمة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="343"/>
        <source>&amp;Import…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="343"/>
        <source>Import figures from a platform&apos;s export file</source>
        <translation>استيراد الأرقام من ملف تصدير إحدى المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="396"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="476"/>
        <source>Some rows were not pasted</source>
        <translation>لم تُلصق بعض الصفوف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="339"/>
        <source>Dele&amp;te</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="341"/>
        <source>Pa&amp;ste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="418"/>
        <source>Today already has a figure for %1, and no earlier period is missing one: change today&apos;s value here.</source>
        <translation>يوجد رقم لـ%1 اليوم، ولا تنقص أي فترة سابقة رقمها: عدّل قيمة اليوم هنا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="425"/>
        <source>Added a figure for %1 on %2: type its value.</source>
        <translation>أُضيف رقم لـ%1 بتاريخ %2: اكتب قيمته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="458"/>
        <source>Deleted %1. Edit &gt; Undo reverses this.</source>
        <translation>حُذف %1. يمكن التراجع عن ذلك من تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="477"/>
        <source>Added %1; %2 could not be read:</source>
        <translation>أُضيف %1؛ وتعذّرت قراءة %2:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="487"/>
        <source>Pasted %1.</source>
        <translation>أُلصق %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="434"/>
        <source>This goal&apos;s first period ends on %1: its figure can be added then.</source>
        <translation>تنتهي أول فترة لهذا الهدف في %1: يمكن إضافة رقمها حينئذٍ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="438"/>
        <source>Every period of this goal up to %1 has a figure for %2: change the last one here.</source>
        <translation>لكل فترة من فترات هذا الهدف حتى %1 رقم لـ%2: عدّل آخرها هنا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="481"/>
        <source>Pasted %1. %2</source>
        <translation>أُلصق %1. %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="483"/>
        <source>Pasted %1. %2 are not dated on the last day of the goal&apos;s period that holds them: each is still that period&apos;s total (the dates are kept as pasted).</source>
        <translation>أُلصق %1. %2 ليست مؤرَّخة بآخر يوم من فترة الهدف التي تقع فيها: يبقى كلٌّ منها مجموعَ تلك الفترة (أُبقيت التواريخ كما أُلصقت).</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="58"/>
        <source>%1 of the way</source>
        <translation>%1 من الطريق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="61"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (المستهدف %3)</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="227"/>
        <source>one goal</source>
        <translation>هدف واحد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="227"/>
        <source>%1 goals</source>
        <translation>الأهداف: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="293"/>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="135"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="178"/>
        <source>Fi&amp;ndings</source>
        <translation>الملاح&amp;ظات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="136"/>
        <source>SMART &amp;details</source>
        <translation>تفا&amp;صيل SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="166"/>
        <source> (archived)</source>
        <translation> (مؤرشف)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="177"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>الملاح&amp;ظات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="134"/>
        <source>Figu&amp;res</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="191"/>
        <source>Use the target %1 for “%2”</source>
        <translation>اعتماد القيمة المستهدفة %1 للهدف «%2»</translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="85"/>
        <source>All goals</source>
        <translation>كل الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="87"/>
        <source>Every goal at a glance (Alt+Home)</source>
        <translation>كل الأهداف في لمحة (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="109"/>
        <source>Figures late: %1</source>
        <translation>أرقام متأخرة: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="109"/>
        <source>Waits for figures: %1</source>
        <translation>ينتظر الأرقام: %1</translation>
    </message>
</context>
<context>
    <name>GoalListPanel</name>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="335"/>
        <source>Show goals</source>
        <translation>عرض الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="340"/>
        <source>Archived</source>
        <translation>المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="341"/>
        <source>Show archived goals too</source>
        <translation>عرض الأهداف المؤرشفة أيضًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="348"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="336"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_list.py" line="350"/>
        <source>Goa&amp;ls</source>
        <translation>الأهدا&amp;ف</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="39"/>
        <source>Edit goal</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="39"/>
        <source>New goal</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="45"/>
        <source>&amp;Create goal</source>
        <translation>إ&amp;نشاء الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="213"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="45"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="75"/>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="76"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="200"/>
        <source>the title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="201"/>
        <source>the statement</source>
        <translation>نص الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="204"/>
        <source>Check the wording on the second page: %1 did not write the old target, %2.</source>
        <translation>راجع الصياغة في الصفحة الثانية: لم يذكر %1 القيمة المستهدفة القديمة، %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/goal_wizard.py" line="205"/>
        <source> and </source>
        <translation> و</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="167"/>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="73"/>
        <source>Import figures into “%1”</source>
        <translation>استيراد الأرقام إلى «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="114"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="121"/>
        <source>&amp;Keep the figures already in the plan</source>
        <translation>ا&amp;حتفظ بالأرقام الموجودة في الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="123"/>
        <source>&amp;Replace them with the file&apos;s figures</source>
        <translation>ا&amp;ستبدل بها أرقام الملف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="131"/>
        <source>Days that already have a figure</source>
        <translation>أيام لها رقم مسجَّل مسبقًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="141"/>
        <source>&amp;Import</source>
        <translation>است&amp;يراد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="149"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="150"/>
        <source>Recognised as:</source>
        <translation>تم التعرّف عليه على أنه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="283"/>
        <source>%1 of %2 understood, from %3 to %4; %5 left out; days that already have a figure: %6.</source>
        <translation>فُهم %1 من %2، من %3 إلى %4؛ تُرك %5؛ أيام لها رقم من قبل: %6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="87"/>
        <source>Figures without a platform are for:</source>
        <translation>الأرقام التي بلا منصة تُنسب إلى:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="155"/>
        <source>First rows understood:</source>
        <translation>أول الصفوف المقروءة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="158"/>
        <source>Rows left out, and why:</source>
        <translation>الصفوف المستبعدة، وسبب استبعادها:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="183"/>
        <source>Not recognised</source>
        <translation>لم يُتعرَّف عليه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="184"/>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="257"/>
        <source>%1: %2. Nothing will be imported.</source>
        <translation>%1: %2. لن يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="253"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="343"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="374"/>
        <source>Cancelled. The plan was not changed.</source>
        <translation>أُلغي الاستيراد. لم تتغير الخطة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="376"/>
        <source>The import failed: %1. The plan was not changed.</source>
        <translation>فشل الاستيراد: %1. لم تتغير الخطة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="277"/>
        <source>No figure could be read (%1 left out). Nothing will be imported.</source>
        <translation>تعذّرت قراءة أي رقم (استُبعد %1). لن يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="113"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="187"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="210"/>
        <source>Type a follower count and press Rebuild to see the totals.</source>
        <translation>اكتب عدد المتابعين واضغط «إعادة البناء» لترى المجاميع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="215"/>
        <source>%1 Choose them above, then press Read with these columns.</source>
        <translation>%1 اخترهما أعلاه، ثم اضغط «القراءة بهذه الأعمدة».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="274"/>
        <source>%1 Nothing will be imported.</source>
        <translation>%1 لن يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="151"/>
        <source>Figures from:</source>
        <translation>مصدر الأرقام:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="129"/>
        <source>Periods that already have a figure</source>
        <translation>فترات لها رقم مسجَّل مسبقًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_dialog.py" line="281"/>
        <source>%1 of %2, one per period, from %3 to %4; %5 left out; periods that already have a figure: %6.</source>
        <translation>%1 من %2، رقم لكل فترة، من %3 إلى %4؛ تُرك %5؛ فترات لها رقم من قبل: %6.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/fields.py" line="64"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="137"/>
        <source>&amp;New plan…</source>
        <translation>خطة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="138"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;فتح خطة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="140"/>
        <source>Import &amp;figures…</source>
        <translation>استيراد الأ&amp;رقام…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="142"/>
        <source>Import figures from a platform&apos;s analytics export into the selected goal</source>
        <translation>استيراد الأرقام من ملف تحليلات صدّرته إحدى المنصات إلى الهدف المحدد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="144"/>
        <source>Export &amp;PDF summary…</source>
        <translation>تصدير &amp;ملخص PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="145"/>
        <source>A PDF of your goals, their charts and findings, to print or send</source>
        <translation>ملف PDF لأهدافك ورسومها البيانية وملاحظاتها، للطباعة أو الإرسال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="147"/>
        <source>Import plan from &amp;JSON…</source>
        <translation>استيرا&amp;د خطة من JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="148"/>
        <source>&amp;Export plan as JSON…</source>
        <translation>&amp;تصدير الخطة بصيغة JSON…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="150"/>
        <source>Replace the plan with one of its automatic backups</source>
        <translation>استبدال الخطة بإحدى نسخها الاحتياطية التلقائية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="167"/>
        <source>&amp;Close plan</source>
        <translation>إ&amp;غلاق الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="170"/>
        <source>Open &amp;sample plan</source>
        <translation>فتح الخطة ال&amp;نموذجية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="171"/>
        <source>&amp;About Social Goal Planner</source>
        <translation>&amp;حول Social Goal Planner</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="175"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="180"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="188"/>
        <source>&amp;New goal…</source>
        <translation>هدف &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="189"/>
        <source>Create a goal with the SMART wizard</source>
        <translation>إنشاء هدف بمساعد SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="190"/>
        <source>&amp;Edit goal…</source>
        <translation>&amp;تعديل الهدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="191"/>
        <source>D&amp;uplicate goal</source>
        <translation>ت&amp;كرار الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="193"/>
        <location filename="../../src/planner/ui/main_window.py" line="440"/>
        <source>&amp;Archive goal</source>
        <translation>&amp;أرشفة الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="195"/>
        <source>&amp;Delete goal…</source>
        <translation>&amp;حذف الهدف…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="221"/>
        <source>Open &amp;recent</source>
        <translation>فتح خطة &amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="237"/>
        <source>&amp;Goal</source>
        <translation>&amp;هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="249"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="253"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="257"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="272"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="322"/>
        <source>(no recent plans)</source>
        <translation>(لا توجد خطط سابقة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="325"/>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="357"/>
        <location filename="../../src/planner/ui/main_window.py" line="364"/>
        <source>The plan cannot be opened</source>
        <translation>تعذّر فتح الخطة</translation>
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
        <translation>فُتحت للقراءة فقط: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="379"/>
        <source>Opened read-only</source>
        <translation>فُتحت للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="380"/>
        <source>%1

This plan is open read-only: %2.</source>
        <translation>%1

هذه الخطة مفتوحة للقراءة فقط: %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="382"/>
        <source>The plan was updated to the new format; a backup was kept at %1</source>
        <translation>حُدِّثت الخطة إلى الصيغة الجديدة؛ وحُفظت نسخة احتياطية في %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="412"/>
        <source>No plan open</source>
        <translation>لا توجد خطة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="419"/>
        <source> (read-only: %1)</source>
        <translation> (للقراءة فقط: %1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="420"/>
        <source>%1 — saved in %2%3</source>
        <translation>%1 — محفوظة في %2%3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="439"/>
        <source>Restore goal</source>
        <translation>إلغاء أرشفة الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="552"/>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="553"/>
        <source>Duplicate goal “%1”</source>
        <translation>تكرار الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="569"/>
        <source>Delete goal</source>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="571"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="576"/>
        <source>Social Goal Planner plans (*%1);;All files (*)</source>
        <translation>خطط Social Goal Planner (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="588"/>
        <location filename="../../src/planner/ui/main_window.py" line="595"/>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="595"/>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 موجود مسبقًا. افتحه، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="601"/>
        <source>Open plan</source>
        <translation>فتح خطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="608"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="615"/>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="617"/>
        <source>Saved a copy to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="631"/>
        <source>The backup was not restored</source>
        <translation>لم تُستعَد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="636"/>
        <source>Restored the plan from %1; the plan as it was is kept in %2</source>
        <translation>استُعيدت الخطة من %1؛ وحُفظت الخطة كما كانت في %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="661"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="662"/>
        <source>The new language applies when Social Goal Planner starts again. Restart now? Your plan is saved.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل Social Goal Planner. هل تريد إعادة التشغيل الآن؟ خطتك محفوظة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="663"/>
        <source>Restart now</source>
        <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="697"/>
        <source>Sample plan</source>
        <translation>الخطة النموذجية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="707"/>
        <source>The sample plan cannot be made</source>
        <translation>تعذّر إنشاء الخطة النموذجية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="716"/>
        <source>Export plan as JSON</source>
        <translation>تصدير الخطة بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="716"/>
        <source>Plan JSON (*.json)</source>
        <translation>خطة JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="724"/>
        <location filename="../../src/planner/ui/main_window.py" line="727"/>
        <source>The plan was not exported</source>
        <translation>لم تُصدَّر الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="745"/>
        <location filename="../../src/planner/ui/main_window.py" line="767"/>
        <source>Import plan from JSON</source>
        <translation>استيراد خطة من JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="746"/>
        <source>Plan JSON (*.json);;All files (*)</source>
        <translation>خطة JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="773"/>
        <location filename="../../src/planner/ui/main_window.py" line="784"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد أي شيء</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="785"/>
        <source>%1 has problems; the plan was not changed.</source>
        <translation>في %1 مشكلات؛ لم تتغير الخطة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="802"/>
        <location filename="../../src/planner/ui/main_window.py" line="809"/>
        <location filename="../../src/planner/ui/main_window.py" line="843"/>
        <source>Export PDF summary</source>
        <translation>تصدير ملخص PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="803"/>
        <source>The plan has no goals yet, so there is nothing to report. Create a goal first.</source>
        <translation>لا تحتوي الخطة على أهداف بعد، فلا يوجد ما يُكتب عنه تقرير. أنشئ هدفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="809"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="818"/>
        <location filename="../../src/planner/ui/main_window.py" line="829"/>
        <location filename="../../src/planner/ui/main_window.py" line="832"/>
        <source>The PDF was not made</source>
        <translation>لم يُنشأ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="840"/>
        <source>The PDF export was cancelled; nothing was written.</source>
        <translation>أُلغي تصدير PDF؛ ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="842"/>
        <source>Wrote the PDF summary to %1</source>
        <translation>كُتب ملخص PDF في %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="843"/>
        <source>The PDF is ready:
%1

Open it now?</source>
        <translation>ملف PDF جاهز:
%1

هل تريد فتحه الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="844"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="850"/>
        <source>no plan is open</source>
        <translation>لا توجد خطة مفتوحة</translation>
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

خطِّط لأهداف SMART على مواقع التواصل الاجتماعي، وتابع أرقامك الفعلية مقارنةً بها، واحصل على تنبيه عندما يكون الهدف غير واقعي. كل شيء يبقى على هذا الحاسوب.

هذه الخطة محفوظة في:
%3

مجلد بياناتك:
%4</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="860"/>
        <location filename="../../src/planner/ui/main_window.py" line="869"/>
        <source>Import figures</source>
        <translation>استيراد الأرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="861"/>
        <source>Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;All files (*)</source>
        <translation>ملفات التحليلات المصدَّرة (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="870"/>
        <source>Select the goal the figures belong to, then import the file again.</source>
        <translation>حدِّد الهدف الذي تخصّه الأرقام، ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="879"/>
        <source>Imported figures from %1</source>
        <translation>استُوردت الأرقام من %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/app.py" line="73"/>
        <source>Opening your plan…</source>
        <extracomment>How often a busy worker thread hands the interpreter back to the window (seconds). Python&apos;s default, 5 ms, makes every paint wait 5 ms at each step between Qt and Python while an import runs: a chart&apos;s repaint then takes half a second. 1 ms keeps the window fluid.</extracomment>
        <translation>جارٍ فتح خطتك…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="125"/>
        <source>%1. Not available now: %2</source>
        <extracomment>How long a passing message stays in the status bar (ms); the plan&apos;s name and folder stay for good. The share of the status bar the plan&apos;s path may take, so messages keep room beside it.</extracomment>
        <translation>%1. غير متاح الآن: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="139"/>
        <source>Save a cop&amp;y as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="149"/>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="152"/>
        <source>&amp;Business details…</source>
        <translation>&amp;بيانات النشاط…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="153"/>
        <source>Your business&apos;s name, logo, currency, colour and the language of its reports</source>
        <translation>اسم نشاطك وشعاره وعملته ولونه ولغة تقاريره</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="173"/>
        <source>&amp;Guide</source>
        <translation>&amp;الدليل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="174"/>
        <source>SMART goals, what each KPI means, and how to read the chart</source>
        <translation>الأهداف الذكية SMART، ومعنى كل مؤشر أداء، وكيف تقرأ الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="179"/>
        <source>Undo the last change</source>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="180"/>
        <source>Redo what was undone</source>
        <translation>إعادة ما تم التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="182"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="183"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="197"/>
        <source>Add a fi&amp;gure</source>
        <translation>إضا&amp;فة رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="198"/>
        <source>Add a figure to the selected goal, dated today</source>
        <translation>إضافة رقم إلى الهدف المحدد بتاريخ اليوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="200"/>
        <source>&amp;All goals</source>
        <translation>&amp;كل الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="201"/>
        <source>Back to the overview of every goal</source>
        <translation>العودة إلى نظرة عامة على كل الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="204"/>
        <source>&amp;Figures</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="204"/>
        <source>Fi&amp;ndings</source>
        <translation>الملاح&amp;ظات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="205"/>
        <source>SMART &amp;details</source>
        <translation>تفا&amp;صيل SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="207"/>
        <source>Show the selected goal&apos;s %1</source>
        <translation>عرض %1 للهدف المحدد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="235"/>
        <source>&amp;Plan</source>
        <translation>ال&amp;خطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="393"/>
        <location filename="../../src/planner/ui/main_window.py" line="403"/>
        <source>open or create a plan first</source>
        <translation>افتح خطة أو أنشئ واحدة أولًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="395"/>
        <source>the plan is open read-only (%1)</source>
        <translation>الخطة مفتوحة للقراءة فقط (%1)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="436"/>
        <location filename="../../src/planner/ui/main_window.py" line="444"/>
        <source>select a goal in the list first</source>
        <translation>حدد هدفًا في القائمة أولًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="442"/>
        <source>the plan has no goals yet</source>
        <translation>لا أهداف في الخطة بعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="449"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="450"/>
        <source>nothing to undo yet</source>
        <translation>لا شيء للتراجع عنه بعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="451"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="452"/>
        <source>nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="478"/>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="478"/>
        <source>Redone: %1</source>
        <translation>أُعيد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="480"/>
        <source>%1 (in “%2”)</source>
        <translation>%1 (في «%2»)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="609"/>
        <source>%1 copy</source>
        <translation>نسخة من %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="677"/>
        <source>Choose your logo</source>
        <translation>اختر شعارك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="678"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>صور (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="681"/>
        <source>Saved the business details.</source>
        <translation>حُفظت بيانات النشاط.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="368"/>
        <source>Part of the plan cannot be read</source>
        <translation>تعذّرت قراءة جزء من الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="369"/>
        <source>%1

Some of what this plan holds was changed by another program and cannot be read; it is left out of the window, and left as it is in the file.</source>
        <translation>%1

غيّر برنامجٌ آخر بعض ما تحويه هذه الخطة فتعذّرت قراءته؛ لذا لا يظهر في النافذة، ويبقى في الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="373"/>
        <source>No backup was kept</source>
        <translation>لم تُحفظ نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="374"/>
        <source>%1

The plan opened, but its automatic backup could not be written: %2</source>
        <translation>%1

فُتحت الخطة، لكن تعذّرت كتابة نسختها الاحتياطية التلقائية: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="398"/>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="399"/>
        <source>%1

The plan is as it was before this change; nothing else was lost.</source>
        <translation>%1

الخطة كما كانت قبل هذا التغيير، ولم يضِع شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="731"/>
        <source>Part of the plan was not exported</source>
        <translation>لم يُصدَّر جزء من الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="732"/>
        <source>%1 does not hold what the plan could not read:</source>
        <translation>لا يحوي %1 ما تعذّرت قراءته من الخطة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="765"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="765"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="774"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="781"/>
        <source>The import was cancelled; the plan was not changed.</source>
        <translation>أُلغي الاستيراد، ولم تتغيّر الخطة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="729"/>
        <source>Exported %1 to %2</source>
        <translation>صُدّر %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="791"/>
        <source>Imported %1 from %2</source>
        <translation>استُورد %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="570"/>
        <source>Delete “%1” with %2? You can undo this with Edit &gt; Undo until you close the plan.</source>
        <translation>هل تريد حذف «%1» مع %2؟ يمكنك التراجع عن ذلك من تحرير &gt; تراجع ما دامت الخطة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="156"/>
        <source>Export review &amp;schedule…</source>
        <translation>تصدير جدول المراج&amp;عة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="157"/>
        <source>A calendar file (.ics) that reminds you of the weekly review, offline</source>
        <translation>ملف تقويم (.ics) يذكّرك بالمراجعة الأسبوعية دون اتصال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="159"/>
        <source>&amp;Seasons…</source>
        <translation>&amp;المواسم…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="161"/>
        <source>Ramadan, Eid, Nowruz, summer, sales: stretches of the year that change every goal&apos;s pace</source>
        <translation>رمضان والعيد والنوروز والصيف والتخفيضات: فترات من السنة تغيّر وتيرة كل هدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="163"/>
        <source>&amp;Check in…</source>
        <translation>ال&amp;مراجعة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/main_window.py" line="165"/>
        <source>This period&apos;s figures, your confidence and a note for every goal that waits for them</source>
        <translation>أرقام هذه الفترة وثقتك وملاحظة لكل هدف ينتظرها</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="40"/>
        <source>Your own table: which columns hold what?</source>
        <extracomment>Date formats a home-made table may use, each shown by an example.</extracomment>
        <translation>جدولك الخاص: ماذا يحتوي كل عمود؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="45"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="48"/>
        <source>&amp;Read with these columns</source>
        <translation>&amp;اقرأ بهذه الأعمدة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="52"/>
        <source>&amp;Date column:</source>
        <translation>عمود ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="53"/>
        <source>&amp;Value column:</source>
        <translation>عمود ال&amp;قيمة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="54"/>
        <source>Date &amp;format:</source>
        <translation>&amp;صيغة التاريخ:</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="35"/>
        <source>Make it specific and measurable</source>
        <translation>اجعله محددًا وقابلًا للقياس</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="36"/>
        <source>Say exactly what you want, and how you will know you got there: one KPI, where you are now, and the number you aim for. “Lots of followers” cannot be measured; “2,400 Instagram followers” can.</source>
        <translation>قل بالضبط ما تريده، وكيف ستعرف أنك وصلت إليه: مؤشر أداء واحد، وأين أنت الآن، والرقم الذي تسعى إليه. «متابعون كثيرون» لا يمكن قياسه؛ أما «2,400 متابع على إنستغرام» فيمكن قياسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="42"/>
        <source>e.g. Grow Instagram followers to 2,400</source>
        <translation>مثال: زيادة متابعي إنستغرام إلى 2,400</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="47"/>
        <source>e.g. Grow our Instagram followers from 1,200 to 2,400 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>مثال: زيادة متابعينا على إنستغرام من 1,200 إلى 2,400 بنشر مقاطع ريلز لخَبز الصباح أربع مرات في الأسبوع، خلال عشرة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="52"/>
        <source>Show every KPI</source>
        <translation>عرض كل المؤشرات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="53"/>
        <source>Offer KPIs the catalog lists for other objectives too</source>
        <translation>اعرض أيضًا المؤشرات المدرجة لغايات أخرى</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="64"/>
        <source>where you are now</source>
        <translation>أين أنت الآن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="66"/>
        <source>where you want to be</source>
        <translation>أين تريد أن تصل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="77"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="78"/>
        <source>&amp;Goal, in a sentence:</source>
        <translation>ال&amp;هدف في جملة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="79"/>
        <source>&amp;KPI:</source>
        <translation>&amp;مؤشر الأداء:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="131"/>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="132"/>
        <source>lower is better</source>
        <translation>الأقل أفضل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="134"/>
        <source>Unit: %1 · %2</source>
        <translation>الوحدة: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="145"/>
        <source>Your latest figure for this KPI: %1</source>
        <translation>آخر رقم لديك لهذا المؤشر: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="171"/>
        <source>Give the goal a short title.</source>
        <translation>أعطِ الهدف عنوانًا قصيرًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="173"/>
        <source>Say in a sentence what you want to achieve: the statement is empty.</source>
        <translation>قل في جملة ما تريد تحقيقه: نص الهدف فارغ.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="180"/>
        <source>Choose the KPI you will measure.</source>
        <translation>اختر مؤشر الأداء الذي ستقيسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="184"/>
        <source>baseline</source>
        <translation>قيمة البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="185"/>
        <source>target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="210"/>
        <source>Enter the %1.</source>
        <translation>أدخل %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="212"/>
        <source>The %1 is not a number: “%2”.</source>
        <translation>%1 ليست رقمًا: «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="215"/>
        <source>The %1 cannot be negative.</source>
        <translation>لا يمكن أن تكون %1 سالبة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="217"/>
        <source>The %1 is a percentage: it cannot be over 100.</source>
        <translation>%1 نسبة مئوية: لا يمكن أن تتجاوز 100.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="218"/>
        <source>The %1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="199"/>
        <source>For %1 lower is better: the target must be below the baseline (%2).</source>
        <translation>في «%1» الأقل أفضل: يجب أن تكون القيمة المستهدفة أقل من قيمة البداية (%2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="203"/>
        <source>For %1 higher is better: the target must be above the baseline (%2).</source>
        <translation>في «%1» الأعلى أفضل: يجب أن تكون القيمة المستهدفة أعلى من قيمة البداية (%2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="138"/>
        <source>For example: %1</source>
        <translation>مثال: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="83"/>
        <source>Base&amp;line:</source>
        <translation>نقطة ال&amp;بداية:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="85"/>
        <source>T&amp;arget:</source>
        <translation>ال&amp;قيمة المستهدفة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="176"/>
        <source>The statement is longer than %1 characters: say it more briefly.</source>
        <translation>يتجاوز نص الهدف %1 حرف: اكتبه باختصار أكبر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="70"/>
        <source>followers or subscribers today</source>
        <translation>المتابعون أو المشتركون اليوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="72"/>
        <source>Rates fall as accounts grow: the figures of accounts your size are used to judge the target.</source>
        <translation>تنخفض المعدلات كلما كبر الحساب: تُستخدم أرقام الحسابات التي بحجم حسابك للحكم على القيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="74"/>
        <source>&amp;Followers now:</source>
        <translation>&amp;المتابعون الآن:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="193"/>
        <source>The follower count is not a number: “%1”.</source>
        <translation>عدد المتابعين ليس رقمًا: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="196"/>
        <source>The follower count cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد المتابعين سالبًا.</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../src/planner/ui/wizard/fields.py" line="43"/>
        <source>“%1” is not a number</source>
        <translation>«%1» ليس رقمًا</translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="34"/>
        <source>What do you want to achieve?</source>
        <translation>ماذا تريد أن تحقق؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="35"/>
        <source>A goal is one building block of your strategy. Pick the objective it serves; the next pages make it specific, measurable and time-bound.</source>
        <translation>الهدف لبنة واحدة في استراتيجيتك. اختر الغاية التي يخدمها؛ وستجعله الصفحات التالية محددًا وقابلًا للقياس ومحددًا بزمن.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="39"/>
        <source>— start from scratch —</source>
        <translation>— البدء من الصفر —</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="60"/>
        <source>&amp;Example to start from:</source>
        <translation>&amp;مثال للبدء منه:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="62"/>
        <source>&amp;Objective:</source>
        <translation>ال&amp;غاية:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="99"/>
        <source>Choose what you want to achieve.</source>
        <translation>اختر ما تريد تحقيقه.</translation>
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
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="145"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="146"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="179"/>
        <source>imported: %1</source>
        <translation>مستورد: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>typed</source>
        <translation>مُدخَل يدويًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>pasted</source>
        <translation>ملصوق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="180"/>
        <source>plan JSON</source>
        <translation>خطة JSON</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="181"/>
        <source>sample plan</source>
        <translation>الخطة النموذجية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="191"/>
        <source>Not saved: that is not a date.</source>
        <translation>لم يُحفظ: هذا ليس تاريخًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="204"/>
        <source>Not saved: %1 is not a platform.</source>
        <translation>لم يُحفظ: %1 ليست منصة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="210"/>
        <source>Not saved: the value %1.</source>
        <translation>لم يُحفظ: القيمة %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="225"/>
        <source>Not saved: there is already a figure for %1 on %2.</source>
        <translation>لم يُحفظ: يوجد مسبقًا رقم لـ%1 بتاريخ %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="195"/>
        <source>Not saved: %1 is in the future. A figure is what you measured: enter it on the day, or after.</source>
        <translation>لم يُحفظ: %1 تاريخ في المستقبل. الرقم هو ما قِسته فعلًا: أدخله في يومه أو بعده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="199"/>
        <source>Not saved: a date must be between %1 and %2.</source>
        <translation>لم يُحفظ: يجب أن يقع التاريخ بين %1 و%2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="215"/>
        <source>Not saved: a note is at most %1 characters.</source>
        <translation>لم يُحفظ: لا تتجاوز الملاحظة %1 حرف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="243"/>
        <source>A figure of %1 is a month&apos;s total: this one is dated %2, in the goal&apos;s month of %3 to %4. It counts for that month.</source>
        <translation>رقم %1 هو مجموع شهر كامل: هذا الرقم مؤرَّخ بـ%2، ضمن شهر الهدف من %3 إلى %4، ويُحسب لذلك الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/observations_table.py" line="246"/>
        <source>A figure of %1 is a week&apos;s total: this one is dated %2, in the goal&apos;s week of %3 to %4. It counts for that week.</source>
        <translation>رقم %1 هو مجموع أسبوع كامل: هذا الرقم مؤرَّخ بـ%2، ضمن أسبوع الهدف من %3 إلى %4، ويُحسب لذلك الأسبوع.</translation>
    </message>
</context>
<context>
    <name>OthersBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="133"/>
        <source>Figures of a platform this goal is not on</source>
        <translation>أرقام منصة لا يشملها هذا الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="139"/>
        <source>&amp;Leave those figures out</source>
        <translation>اترك تلك الأرقام &amp;خارج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="162"/>
        <source>&amp;Add %1 to this goal (undone with the import)</source>
        <translation>أ&amp;ضف %1 إلى هذا الهدف (يُتراجع عنه مع الاستيراد)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="103"/>
        <source>All goals</source>
        <translation>كل الأهداف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="111"/>
        <source>&amp;Check in…</source>
        <translation>ال&amp;مراجعة…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/overview.py" line="113"/>
        <source>This period&apos;s figures, your confidence and a note, goal by goal (Ctrl+K)</source>
        <translation>أرقام هذه الفترة وثقتك وملاحظة، هدفًا هدفًا (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="37"/>
        <source>Preparing the PDF…</source>
        <translation>جارٍ إعداد ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="37"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="39"/>
        <source>Export PDF summary</source>
        <translation>تصدير ملخص PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="67"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/pdf_export.py" line="56"/>
        <source>the PDF file was not written</source>
        <translation>لم يُكتب ملف PDF</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="30"/>
        <source>Where will you work on it?</source>
        <extracomment>not &quot;no_platform&quot;: the page&apos;s own message says it already (&quot;Choose at least one platform&quot;)</extracomment>
        <translation>أين ستعمل عليه؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="31"/>
        <source>Success comes from the right platforms for your audience, not from being everywhere. Each platform needs its own content. You may split the baseline and target between platforms.</source>
        <translation>النجاح يأتي من اختيار المنصات المناسبة لجمهورك، لا من التواجد في كل مكان. كل منصة تحتاج إلى محتوى خاص بها. يمكنك توزيع قيمة البداية والقيمة المستهدفة على المنصات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="39"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="39"/>
        <source>Baseline (optional)</source>
        <translation>البداية (اختياري)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="40"/>
        <source>Target (optional)</source>
        <translation>المستهدف (اختياري)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="74"/>
        <source>★ Recommended for %1: %2. %3</source>
        <translation>★ موصى بها لـ«%1»: %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="137"/>
        <source>Choose at least one platform.</source>
        <translation>اختر منصة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="143"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="146"/>
        <source>%1: %2 is not a possible value of this KPI.</source>
        <translation>%1: القيمة %2 غير ممكنة لهذا المؤشر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="152"/>
        <source>baselines</source>
        <translation>قيم البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="152"/>
        <source>targets</source>
        <translation>القيم المستهدفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="159"/>
        <source>The platforms&apos; %1 add up to %2, not the goal&apos;s %3.</source>
        <translation>مجموع %1 على المنصات هو %2، لا %3 كما في الهدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/platforms_page.py" line="101"/>
        <source>Ticked %1: your goal&apos;s title or statement names it. Untick what you did not mean.</source>
        <translation>تم تحديد %1: ذُكرت في عنوان هدفك أو جملته. ألغِ تحديد ما لم تقصده.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="19"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="22"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعان</numerusform>
            <numerusform>%Ln أسابيع</numerusform>
            <numerusform>%Ln أسبوعًا</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="25"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="28"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln رقم</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>%Ln أرقام</numerusform>
            <numerusform>%Ln رقمًا</numerusform>
            <numerusform>%Ln رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="31"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="34"/>
        <source>%Ln goal(s)</source>
        <translation>
            <numerusform>%Ln هدف</numerusform>
            <numerusform>هدف واحد</numerusform>
            <numerusform>هدفان</numerusform>
            <numerusform>%Ln أهداف</numerusform>
            <numerusform>%Ln هدفًا</numerusform>
            <numerusform>%Ln هدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="37"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="40"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفّان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًّا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="65"/>
        <source>%Ln goal(s) wait for this week&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف ينتظر أرقام هذا الأسبوع</numerusform>
            <numerusform>هدف واحد ينتظر أرقام هذا الأسبوع</numerusform>
            <numerusform>هدفان ينتظران أرقام هذا الأسبوع</numerusform>
            <numerusform>%Ln أهداف تنتظر أرقام هذا الأسبوع</numerusform>
            <numerusform>%Ln هدفًا تنتظر أرقام هذا الأسبوع</numerusform>
            <numerusform>%Ln هدف تنتظر أرقام هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="68"/>
        <source>%Ln goal(s) wait for this month&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف ينتظر أرقام هذا الشهر</numerusform>
            <numerusform>هدف واحد ينتظر أرقام هذا الشهر</numerusform>
            <numerusform>هدفان ينتظران أرقام هذا الشهر</numerusform>
            <numerusform>%Ln أهداف تنتظر أرقام هذا الشهر</numerusform>
            <numerusform>%Ln هدفًا تنتظر أرقام هذا الشهر</numerusform>
            <numerusform>%Ln هدف تنتظر أرقام هذا الشهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="71"/>
        <source>%Ln goal(s) wait for this period&apos;s figures</source>
        <translation>
            <numerusform>%Ln هدف ينتظر أرقام هذه الفترة</numerusform>
            <numerusform>هدف واحد ينتظر أرقام هذه الفترة</numerusform>
            <numerusform>هدفان ينتظران أرقام هذه الفترة</numerusform>
            <numerusform>%Ln أهداف تنتظر أرقام هذه الفترة</numerusform>
            <numerusform>%Ln هدفًا تنتظر أرقام هذه الفترة</numerusform>
            <numerusform>%Ln هدف تنتظر أرقام هذه الفترة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="74"/>
        <source>%Ln of them late</source>
        <translation>
            <numerusform>%Ln منها متأخر</numerusform>
            <numerusform>واحد منها متأخر</numerusform>
            <numerusform>اثنان منها متأخران</numerusform>
            <numerusform>%Ln منها متأخرة</numerusform>
            <numerusform>%Ln منها متأخرًا</numerusform>
            <numerusform>%Ln منها متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="43"/>
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln منشور</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%Ln منشورات</numerusform>
            <numerusform>%Ln منشورًا</numerusform>
            <numerusform>%Ln منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="46"/>
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln خانة</numerusform>
            <numerusform>خانة واحدة</numerusform>
            <numerusform>خانتان</numerusform>
            <numerusform>%Ln خانات</numerusform>
            <numerusform>%Ln خانةً</numerusform>
            <numerusform>%Ln خانة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="49"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln عمود</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%Ln أعمدة</numerusform>
            <numerusform>%Ln عمودًا</numerusform>
            <numerusform>%Ln عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="52"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="55"/>
        <source>%Ln daily figure(s)</source>
        <translation>
            <numerusform>%Ln رقم يومي</numerusform>
            <numerusform>رقم يومي واحد</numerusform>
            <numerusform>رقمان يوميان</numerusform>
            <numerusform>%Ln أرقام يومية</numerusform>
            <numerusform>%Ln رقمًا يوميًا</numerusform>
            <numerusform>%Ln رقم يومي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="58"/>
        <source>%Ln more day(s)</source>
        <translation>
            <numerusform>%Ln يوم آخر</numerusform>
            <numerusform>يوم آخر</numerusform>
            <numerusform>يومان آخران</numerusform>
            <numerusform>%Ln أيام أخرى</numerusform>
            <numerusform>%Ln يومًا آخر</numerusform>
            <numerusform>%Ln يوم آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/planner/ui/plurals.py" line="61"/>
        <source>%Ln more row(s)</source>
        <translation>
            <numerusform>%Ln صف آخر</numerusform>
            <numerusform>صف آخر</numerusform>
            <numerusform>صفّان آخران</numerusform>
            <numerusform>%Ln صفوف أخرى</numerusform>
            <numerusform>%Ln صفًّا آخر</numerusform>
            <numerusform>%Ln صف آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="24"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>The language&apos;s usual calendar</source>
        <translation>التقويم المعتاد للغة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="35"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>الهجري الشمسي (الجلالي)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="36"/>
        <source>Islamic civil (Hijri)</source>
        <translation>الهجري القمري (التقويم المدني)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="38"/>
        <source>Always write numbers with Latin digits (0123456789)</source>
        <translation>اكتب الأرقام دائمًا بالأرقام اللاتينية (0123456789)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="41"/>
        <source>Dates are stored the same way whatever the calendar: changing it only changes how they are shown and entered. A new language applies after a restart.</source>
        <translation>تُخزَّن التواريخ بالطريقة نفسها أيًّا كان التقويم: تغييره يغيّر فقط طريقة عرضها وإدخالها. تُطبَّق اللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="66"/>
        <source>&amp;Calendar:</source>
        <translation>ال&amp;تقويم:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>The day you review this plan each week: goals wait for their figures from then, and File &gt; Export review schedule puts it in your calendar.</source>
        <translation>اليوم الذي تراجع فيه هذه الخطة كل أسبوع: تنتظر الأهداف أرقامها منه، وملف &gt; تصدير جدول المراجعة يضعه في تقويمك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="59"/>
        <source>Open a plan to set its review day.</source>
        <translation>افتح خطة لتحديد يوم مراجعتها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="69"/>
        <source>&amp;Review day:</source>
        <translation>يوم ال&amp;مراجعة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/preferences_dialog.py" line="70"/>
        <source>Review &amp;time:</source>
        <translation>&amp;وقت المراجعة:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="20"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/qt_words.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>RebuildBox</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="77"/>
        <source>Daily changes: rebuild the follower totals</source>
        <translation>التغيّرات اليومية: إعادة بناء مجموع المتابعين</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="79"/>
        <source>e.g. 1,240</source>
        <translation>مثلًا ١٬٢٤٠</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="83"/>
        <source>Re&amp;build</source>
        <translation>إعادة ال&amp;بناء</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="89"/>
        <source>This file has the day&apos;s change in followers, not how many you have. Type how many followers you had on one day, and the totals of the other days are worked out from the changes.</source>
        <translation>يحتوي هذا الملف على التغيّر اليومي في المتابعين، لا على عددهم. اكتب عدد متابعيك في يوم واحد، فتُحسب مجاميع الأيام الأخرى من التغيّرات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="93"/>
        <source>&amp;Followers:</source>
        <translation>ال&amp;متابعون:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="98"/>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/import_panels.py" line="112"/>
        <source>A number of followers cannot be below 0.</source>
        <translation>لا يمكن أن يقل عدد المتابعين عن 0.</translation>
    </message>
</context>
<context>
    <name>RelevantPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="39"/>
        <source>Why does it matter, and for whom?</source>
        <translation>لماذا يهمّ، ولمن؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="40"/>
        <source>A goal should serve your business plan. Who you want to reach (age, gender, income, family) changes what works and where. Engagement takes hours every week, and creative work needs a budget.</source>
        <translation>يجب أن يخدم الهدف خطة عملك. مَن تريد الوصول إليهم (العمر، الجنس، الدخل، الوضع العائلي) يغيّر ما ينجح وأين. التفاعل يتطلب ساعات كل أسبوع، والعمل الإبداعي يحتاج إلى ميزانية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="46"/>
        <source>e.g. Take more pre-orders online</source>
        <translation>مثال: تلقّي مزيد من الطلبات المسبقة عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="52"/>
        <source>any</source>
        <translation>أي عمر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="63"/>
        <source>0 if none</source>
        <translation>0 إن لم توجد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="72"/>
        <source>hours you can give it each week</source>
        <translation>الساعات التي يمكنك تخصيصها له أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="75"/>
        <source>&amp;Serves the business objective:</source>
        <translation>&amp;يخدم غاية العمل:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="76"/>
        <source>Audience &amp;ages (from, to):</source>
        <translation>&amp;أعمار الجمهور (من، إلى):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="79"/>
        <source>&amp;Gender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="80"/>
        <source>&amp;Income:</source>
        <translation>ال&amp;دخل:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="81"/>
        <source>&amp;Family situation:</source>
        <translation>الوضع ال&amp;عائلي:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="82"/>
        <source>&amp;Location:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="86"/>
        <source>&amp;Hours per week:</source>
        <translation>ال&amp;وقت في الأسبوع:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="103"/>
        <source>The budget is not a number: “%1”.</source>
        <translation>الميزانية ليست رقمًا: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="105"/>
        <source>The budget cannot be negative.</source>
        <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="107"/>
        <source>Hours per week is not a number: “%1”.</source>
        <translation>عدد الساعات في الأسبوع ليس رقمًا: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="110"/>
        <source>Hours per week must be between 0 and 168.</source>
        <translation>يجب أن يكون عدد الساعات في الأسبوع بين 0 و168.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="112"/>
        <source>The youngest age is above the oldest.</source>
        <translation>الحد الأدنى للعمر أكبر من الحد الأقصى.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/relevant_page.py" line="83"/>
        <source>B&amp;udget:</source>
        <translation>المي&amp;زانية:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="18"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="22"/>
        <source>when the plan was opened</source>
        <translation>عند فتح الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="22"/>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="31"/>
        <source>%1 %2 — %3 (%4 KB)</source>
        <translation>%1 %2 — %3 (%4 كيلوبايت)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="42"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="52"/>
        <source>This plan has no backups yet.</source>
        <translation>لا توجد نسخ احتياطية لهذه الخطة بعد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="23"/>
        <source>before the plan was updated to a new format</source>
        <translation>قبل تحديث الخطة إلى صيغة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="24"/>
        <source>the damaged plan, kept as it was</source>
        <translation>الخطة التالفة، محفوظة كما كانت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/restore_dialog.py" line="36"/>
        <source>The plan keeps a copy of itself each time it is opened after a change: the last %1, one a day for %2 days and one a week for %3 weeks. Restoring replaces the plan with the copy you choose; the plan as it is now is kept as a backup too.</source>
        <translation>تحتفظ الخطة بنسخة من نفسها كلما فُتحت بعد تغيير: آخر %1 نسخ، ونسخة كل يوم لمدة %2 أيام، ونسخة كل أسبوع لمدة %3 أسابيع. تستبدل الاستعادةُ الخطةَ بالنسخة التي تختارها، وتُحفظ الخطة بحالتها الراهنة نسخةً احتياطية أيضًا.</translation>
    </message>
</context>
<context>
    <name>RetargetDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="37"/>
        <source>Use the suggested target</source>
        <translation>استخدام القيمة المستهدفة المقترحة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="44"/>
        <source>The target becomes %1 (it was %2).</source>
        <translation>تصبح القيمة المستهدفة %1 (كانت %2).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="57"/>
        <source>The title does not write %1: check that it still says what the goal is.</source>
        <translation>لا يذكر العنوان %1: تأكّد أنه ما زال يصف الهدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="59"/>
        <source>&amp;Statement</source>
        <translation>&amp;نص الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="61"/>
        <source>The statement does not write %1: check its numbers.</source>
        <translation>لا يذكر نص الهدف %1: راجع أرقامه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="69"/>
        <source>Milestones beyond %1:</source>
        <translation>المحطات المرحلية التي تتجاوز %1:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="71"/>
        <source>&amp;Rescale them: each keeps its place on the way to the target</source>
        <translation>أعِد &amp;تحجيمها: تحتفظ كلٌّ منها بموقعها على الطريق إلى القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="73"/>
        <source>&amp;Drop them</source>
        <translation>ا&amp;حذفها</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/retarget_dialog.py" line="81"/>
        <source>Use this target</source>
        <translation>استخدم هذه القيمة</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="36"/>
        <source>Checked in on %1. Edit &gt; Undo takes the whole check-in back.</source>
        <translation>تمت مراجعة %1. تحرير &gt; تراجع يلغي المراجعة كلها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="51"/>
        <source>Saved the seasons: every goal&apos;s target line and forecast follow them.</source>
        <translation>حُفظت المواسم: خط كل هدف وتوقّعه يتبعانها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="66"/>
        <location filename="../../src/planner/ui/review_actions.py" line="69"/>
        <location filename="../../src/planner/ui/review_actions.py" line="87"/>
        <source>Export review schedule</source>
        <translation>تصدير جدول المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="67"/>
        <source>No goal is left to review: every goal is archived or past its deadline.</source>
        <translation>لم يبقَ هدف للمراجعة: كل الأهداف مؤرشفة أو تجاوزت موعدها النهائي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="69"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="70"/>
        <source>%1 review</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="78"/>
        <location filename="../../src/planner/ui/review_actions.py" line="81"/>
        <source>The review schedule was not saved</source>
        <translation>لم يُحفظ جدول المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="83"/>
        <source>Wrote the review schedule to %1</source>
        <translation>كُتب جدول المراجعة في %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="84"/>
        <source>The review schedule is ready:
%1

Open it in your calendar now? Your calendar then reminds you every week, without this app running. Exporting again later replaces the event.</source>
        <translation>جدول المراجعة جاهز:
%1

أتفتحه في تقويمك الآن؟ سيذكّرك تقويمك كل أسبوع دون أن يعمل هذا التطبيق. التصدير مرة أخرى لاحقًا يستبدل الموعد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_actions.py" line="88"/>
        <source>Open in calendar</source>
        <translation>افتحه في التقويم</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="27"/>
        <source>Review your goal</source>
        <extracomment>Findings that speak to whether the goal is attainable (the A of SMART).</extracomment>
        <translation>راجع هدفك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="28"/>
        <source>Read it as one sentence, check each SMART letter, and see what the figures say about it before you commit.</source>
        <translation>اقرأه كجملة واحدة، وتحقّق من كل حرف من حروف SMART، وانظر ما تقوله الأرقام عنه قبل أن تعتمده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="37"/>
        <source>Specific</source>
        <translation>محدد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="37"/>
        <source>Measurable</source>
        <translation>قابل للقياس</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="38"/>
        <source>Attainable</source>
        <translation>قابل للتحقيق</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="38"/>
        <source>Relevant</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="39"/>
        <source>Time-bound</source>
        <translation>محدد بزمن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="75"/>
        <source>A statement with a number, on chosen platforms.</source>
        <translation>نص يتضمن رقمًا، على منصات مختارة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="76"/>
        <source>Name a number and the platforms in your statement.</source>
        <translation>اذكر في نص الهدف رقمًا والمنصات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="77"/>
        <source>One KPI, a baseline and a target.</source>
        <translation>مؤشر أداء واحد، وقيمة بداية، وقيمة مستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="78"/>
        <source>Compared with your own pace and published figures.</source>
        <translation>مقارنةً بوتيرتك الخاصة وبالأرقام المنشورة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="81"/>
        <source>Linked to a business objective.</source>
        <translation>مرتبط بغاية تجارية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="82"/>
        <source>Say which business objective it serves.</source>
        <translation>اذكر الغاية التجارية التي يخدمها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="87"/>
        <source>A start and a deadline.</source>
        <translation>تاريخ بداية وموعد نهائي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="99"/>
        <source>fine</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="99"/>
        <source>worth a look</source>
        <translation>يستحق نظرة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/review_page.py" line="100"/>
        <source>needs changing</source>
        <translation>يحتاج إلى تعديل</translation>
    </message>
</context>
<context>
    <name>SeasonsDialog</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="44"/>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="53"/>
        <source>Seasons</source>
        <translation>المواسم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="47"/>
        <source>A season changes how fast every goal can move while it lasts: 0 pauses the target line, 0.5 halves its pace, 2 doubles it. The line still reaches each target on its deadline, and forecasts count a season&apos;s days the same way.</source>
        <translation>الموسم يغيّر سرعة تقدّم كل هدف ما دام قائمًا: 0 يوقف خط الهدف، و0.5 ينصّف وتيرته، و2 يضاعفها. ويبقى الخط يبلغ كل هدف في موعده النهائي، وتحسب التوقعات أيام الموسم بالطريقة نفسها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="72"/>
        <source>&amp;First day:</source>
        <translation>اليوم ال&amp;أول:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="73"/>
        <source>&amp;Last day:</source>
        <translation>اليوم الأ&amp;خير:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="77"/>
        <source>&amp;Effect on the pace:</source>
        <translation>الأ&amp;ثر في الوتيرة:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="78"/>
        <source>&amp;Add a season</source>
        <translation>أ&amp;ضف موسمًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="81"/>
        <source>&amp;Remove</source>
        <translation>اح&amp;ذف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="84"/>
        <source>Add &amp;holidays</source>
        <translation>أضف ال&amp;عطلات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="90"/>
        <source>Ramadan and the Eids follow the Umm al-Qura calendar; where a month begins with the sighting of the moon, the observed first day can be a day earlier or later. Nowruz runs to Sizdah Bedar. The effect each holiday starts with is only a first guess: set what your business sees.</source>
        <translation>رمضان والعيدان بحسب تقويم أم القرى؛ وحيث يبدأ الشهر برؤية الهلال قد يأتي أول أيامه الفعلي قبل ذلك بيوم أو بعده. والنوروز يمتد إلى سيزده بدر. والأثر الذي تبدأ به كل عطلة تقدير أولي فقط: اضبطه على ما يراه عملك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="159"/>
        <source>Give the season a name.</source>
        <translation>أعطِ الموسم اسمًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="162"/>
        <source>The last day is before the first day.</source>
        <translation>اليوم الأخير قبل اليوم الأول.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="165"/>
        <source>A season lasts at most %1 days.</source>
        <translation>لا يدوم الموسم أكثر من %1 يومًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="174"/>
        <source>A plan holds at most %1 seasons.</source>
        <translation>لا تتسع الخطة لأكثر من %1 موسم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="177"/>
        <source>New season</source>
        <translation>موسم جديد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/seasons_dialog.py" line="204"/>
        <source>(no holidays in the next twelve months)</source>
        <translation>(لا عطلات في الأشهر الاثني عشر القادمة)</translation>
    </message>
</context>
<context>
    <name>SmartDetails</name>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="62"/>
        <source>Specific: the goal</source>
        <translation>محدد: الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="63"/>
        <source>Measurable: KPI</source>
        <translation>قابل للقياس: المؤشر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="65"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="66"/>
        <source>Objective</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="67"/>
        <source>Relevant: serves</source>
        <translation>ذو صلة: يخدم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="68"/>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="69"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="70"/>
        <source>Time per week</source>
        <translation>الوقت في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="71"/>
        <source>Time-bound</source>
        <translation>محدد بزمن</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="72"/>
        <source>Target line</source>
        <translation>المسار المستهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="73"/>
        <source>Milestones</source>
        <translation>المحطات المرحلية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="83"/>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="83"/>
        <source>lower is better</source>
        <translation>الأقل أفضل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="86"/>
        <source>any age</source>
        <translation>أي عمر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="91"/>
        <source>(no statement)</source>
        <translation>(لا يوجد نص)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="97"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="99"/>
        <location filename="../../src/planner/ui/goal_detail.py" line="100"/>
        <source>(not said)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="104"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/goal_detail.py" line="64"/>
        <source>Baseline %1 target</source>
        <translation>البداية %1 المستهدف</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="37"/>
        <source>By when?</source>
        <translation>بحلول متى؟</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="38"/>
        <source>A goal without a deadline is not a goal. Social media is a marathon, not a sprint: very short deadlines for big changes are suspect, and long ones need milestones.</source>
        <translation>الهدف بلا موعد نهائي ليس هدفًا. التواصل الاجتماعي ماراثون لا سباق سرعة: المواعيد القصيرة جدًا للتغييرات الكبيرة مثيرة للشك، والمواعيد الطويلة تحتاج إلى محطات مرحلية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="45"/>
        <source>Steady &amp;percentage growth: compounding, like an audience grows</source>
        <translation>نمو بنسبة &amp;ثابتة: نمو مركّب، كما ينمو الجمهور</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="60"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="63"/>
        <source>&amp;Add milestone</source>
        <translation>إ&amp;ضافة محطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="66"/>
        <source>&amp;Remove milestone</source>
        <translation>إ&amp;زالة محطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="73"/>
        <source>S&amp;tart:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="74"/>
        <source>&amp;Deadline:</source>
        <translation>ال&amp;موعد النهائي:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="75"/>
        <source>Target line:</source>
        <translation>المسار المستهدف:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="175"/>
        <source>The deadline must be after the start date.</source>
        <translation>يجب أن يكون الموعد النهائي بعد تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="182"/>
        <source>Milestone %1 needs a value (a number).</source>
        <translation>المحطة %1 تحتاج إلى قيمة (رقم).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="180"/>
        <source>Milestone %1 is outside the goal&apos;s dates.</source>
        <translation>المحطة %1 خارج تواريخ الهدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="187"/>
        <source>Steady percentage growth needs a baseline above zero; choose a straight line.</source>
        <translation>النمو بنسبة ثابتة يحتاج إلى قيمة بداية أكبر من صفر؛ اختر الخط المستقيم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="98"/>
        <source>Deadline set to %1: your statement says “%2”.</source>
        <translation>ضُبط الموعد النهائي على %1: جملتك تقول «%2».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="116"/>
        <source>Your statement says “%1”, but the deadline is %2 (%3 would fit it). Change the deadline or the statement.</source>
        <translation>جملتك تقول «%1»، لكن الموعد النهائي هو %2 (و%3 يوافقها). غيّر الموعد النهائي أو الجملة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="135"/>
        <source>The target line will be %1.</source>
        <translation>سيكون المسار المستهدف %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="170"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="170"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="172"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="178"/>
        <source>Milestone %1: %2</source>
        <translation>المحطة %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/timing_page.py" line="43"/>
        <source>&amp;Even: the same rise in every period</source>
        <translation>&amp;ارتفاع متساوٍ: الزيادة نفسها في كل فترة</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="289"/>
        <source>any gender</source>
        <translation>كلا الجنسين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="290"/>
        <source>women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="291"/>
        <source>men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="292"/>
        <source>any income</source>
        <translation>أي مستوى دخل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="293"/>
        <source>lower income</source>
        <translation>دخل منخفض</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="294"/>
        <source>middle income</source>
        <translation>دخل متوسط</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="295"/>
        <source>higher income</source>
        <translation>دخل مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="296"/>
        <source>any family situation</source>
        <translation>أي وضع عائلي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="297"/>
        <source>single</source>
        <translation>غير متزوجين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="298"/>
        <source>couples without children</source>
        <translation>متزوجون بلا أطفال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="299"/>
        <source>families with young children</source>
        <translation>عائلات لديها أطفال صغار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="300"/>
        <source>families with teenagers</source>
        <translation>عائلات لديها مراهقون</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="301"/>
        <source>children grown up</source>
        <translation>عائلات كبر أبناؤها</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="129"/>
        <source>Facebook</source>
        <extracomment>The highest value of a unit that has one. still read in old plans, but no longer offered for new goals nor recommended sound choices beyond the recommended ones: choosing them is never flagged (``recommended`` are marked)</extracomment>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="130"/>
        <source>The easiest and most popular; the largest audience and mature analytics.</source>
        <translation>الأسهل والأكثر شيوعًا؛ أكبر جمهور وأدوات تحليل متقدمة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="131"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="132"/>
        <source>Pictures and short video: posts, Stories and Reels; a built-in shop.</source>
        <translation>صور وفيديو قصير: منشورات وقصص وريلز؛ ومتجر مدمج.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="133"/>
        <source>X (Twitter)</source>
        <translation>X (تويتر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="134"/>
        <source>News and events; reaches a wide audience fast; conversations and Spaces.</source>
        <translation>الأخبار والأحداث؛ يصل إلى جمهور واسع بسرعة؛ محادثات ومساحات (Spaces).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="135"/>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="135"/>
        <source>Long video that draws attention.</source>
        <translation>فيديو طويل يجذب الانتباه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="136"/>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="136"/>
        <source>Short video with wide reach, and a built-in shop.</source>
        <translation>فيديو قصير بوصول واسع، ومتجر مدمج.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="137"/>
        <source>Professional audience, business buyers and recruiting.</source>
        <translation>جمهور مهني، ومشترون من الشركات، والتوظيف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>Pinterest</source>
        <translation>بينترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="138"/>
        <source>Product Pins: people shop where they find ideas.</source>
        <translation>دبابيس المنتجات (Product Pins): يتسوّق الناس حيث يجدون الأفكار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="139"/>
        <source>Young audience; content made for it, not reused.</source>
        <translation>جمهور شاب؛ محتوى يُصنع له خصيصًا، لا يُعاد استخدامه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="140"/>
        <source>Your own site&apos;s analytics: visits and sales from social.</source>
        <translation>تحليلات موقعك الخاص: الزيارات والمبيعات القادمة من مواقع التواصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Clubhouse</source>
        <translation>كلوب هاوس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="141"/>
        <source>Audio rooms: a voice that expresses the brand in depth.</source>
        <translation>غرف صوتية: صوت يعبّر عن العلامة التجارية بعمق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Spotify</source>
        <translation>سبوتيفاي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="143"/>
        <source>Podcasts: a voice that expresses the brand in depth.</source>
        <translation>البودكاست: صوت يعبّر عن العلامة التجارية بعمق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>Shopify</source>
        <translation>شوبيفاي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="144"/>
        <source>A shop that sells straight from social posts.</source>
        <translation>متجر يبيع مباشرة من منشورات مواقع التواصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="183"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="186"/>
        <source>Reach per week</source>
        <translation>الوصول في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="187"/>
        <source>Distinct people who saw your posts in a week.</source>
        <translation>عدد الأشخاص المختلفين الذين شاهدوا منشوراتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="190"/>
        <source>Impressions per week</source>
        <translation>مرات الظهور في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="191"/>
        <source>Times your posts were shown in a week.</source>
        <translation>عدد مرات عرض منشوراتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="194"/>
        <source>Video views per week</source>
        <translation>مشاهدات الفيديو في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="198"/>
        <source>Engagements per week</source>
        <translation>التفاعلات في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="199"/>
        <source>Likes, comments and shares on your posts in a week.</source>
        <translation>الإعجابات والتعليقات والمشاركات على منشوراتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="201"/>
        <source>Engagement rate (per follower)</source>
        <translation>معدل التفاعل (لكل متابع)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="206"/>
        <source>Engagement rate (per reach)</source>
        <translation>معدل التفاعل (حسب الوصول)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="210"/>
        <source>Engagement rate (per impression)</source>
        <translation>معدل التفاعل (لكل ظهور)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="215"/>
        <source>Brand mentions per week</source>
        <translation>الإشارات إلى العلامة التجارية في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="218"/>
        <source>Branded hashtag uses per week</source>
        <translation>استخدامات وسم (هاشتاغ) العلامة التجارية في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="222"/>
        <source>Positive share of mentions</source>
        <translation>نسبة الإشارات الإيجابية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="226"/>
        <source>Share of voice vs. competitors</source>
        <translation>حصة الصوت مقارنةً بالمنافسين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="227"/>
        <source>Your mentions as a share of all mentions of you and your competitors.</source>
        <translation>الإشارات إليك كنسبة من كل الإشارات إليك وإلى منافسيك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="229"/>
        <source>Website visits from social per week</source>
        <translation>زيارات الموقع من مواقع التواصل في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="234"/>
        <source>Link clicks per week</source>
        <translation>النقرات على الروابط في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="240"/>
        <source>Conversions from social per month</source>
        <translation>التحويلات من مواقع التواصل في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="242"/>
        <source>Sales or sign-ups traced to social, e.g. by UTM parameters.</source>
        <translation>المبيعات أو التسجيلات التي يمكن تتبّعها إلى مواقع التواصل، مثلًا عبر معلمات UTM.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="247"/>
        <source>Share of conversions from social</source>
        <translation>نسبة التحويلات القادمة من مواقع التواصل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="251"/>
        <source>Bounce rate of social visitors</source>
        <translation>معدل الارتداد لزوار مواقع التواصل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="252"/>
        <source>Visitors from social who leave after one page: lower is better.</source>
        <translation>زوار مواقع التواصل الذين يغادرون بعد صفحة واحدة: الأقل أفضل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="254"/>
        <source>Leads per month</source>
        <translation>العملاء المحتملون في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="255"/>
        <source>Names, e-mails or job details collected.</source>
        <translation>الأسماء أو عناوين البريد الإلكتروني أو بيانات العمل التي جُمعت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="257"/>
        <source>Cost per lead</source>
        <translation>تكلفة العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="260"/>
        <source>First response time</source>
        <translation>وقت الرد الأول</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="261"/>
        <source>Average hours until a customer gets a first reply: lower is better.</source>
        <translation>متوسط الساعات حتى يحصل العميل على أول رد: الأقل أفضل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="263"/>
        <source>Customer satisfaction</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="264"/>
        <source>Share of customers who say they were satisfied.</source>
        <translation>نسبة العملاء الذين يقولون إنهم راضون.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="266"/>
        <source>Requests handled per person per week</source>
        <translation>الطلبات المنجزة لكل موظف في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="271"/>
        <source>Job applications per month</source>
        <translation>طلبات التوظيف في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="275"/>
        <source>Posts per week</source>
        <translation>المنشورات في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="278"/>
        <source>Audience growth rate per month</source>
        <translation>معدل نمو الجمهور في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="280"/>
        <source>New followers in a month as a share of followers.</source>
        <translation>المتابعون الجدد خلال شهر كنسبة من إجمالي المتابعين.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="282"/>
        <source>Profile or page views per week</source>
        <translation>مشاهدات الملف الشخصي أو الصفحة في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="286"/>
        <source>Shares per week</source>
        <translation>مرات المشاركة في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="289"/>
        <source>Replies by the business per week</source>
        <translation>ردود النشاط التجاري في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="293"/>
        <source>Competitor mentions per week</source>
        <translation>الإشارات إلى المنافسين في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="297"/>
        <source>Photo tags per month</source>
        <translation>الإشارات إليك في الصور في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="300"/>
        <source>Customer posts about you per month</source>
        <translation>منشورات العملاء عنك في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="304"/>
        <source>Likes per week</source>
        <translation>الإعجابات في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="310"/>
        <source>45 people followed the bakery this week and 5 stopped: 40 new followers.</source>
        <translation>تابع المخبزَ هذا الأسبوع 45 شخصًا وتوقف 5 عن متابعته: 40 متابعًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="360"/>
        <source>Brand awareness</source>
        <translation>الوعي بالعلامة التجارية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="361"/>
        <source>More people know your business exists and remember it.</source>
        <translation>أن يعرف مزيد من الناس بوجود نشاطك التجاري ويتذكّروه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="367"/>
        <source>Reputation management</source>
        <translation>إدارة السمعة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="368"/>
        <source>People talk about your brand, and say good things.</source>
        <translation>أن يتحدث الناس عن علامتك التجارية، ويقولوا عنها كلامًا طيبًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="373"/>
        <source>Website traffic</source>
        <translation>زيارات الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="374"/>
        <source>Social posts send visitors to your website or shop.</source>
        <translation>منشوراتك على مواقع التواصل ترسل الزوار إلى موقعك أو متجرك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="377"/>
        <source>Link posts travel well there; Facebook is the easiest place to start.</source>
        <translation>المنشورات التي فيها روابط تنتشر جيدًا هناك؛ وفيسبوك أسهل مكان للبدء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="379"/>
        <source>Community engagement</source>
        <translation>التفاعل مع المجتمع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="380"/>
        <source>Followers like, comment, share and talk with you.</source>
        <translation>أن يُعجب المتابعون ويعلّقوا ويشاركوا ويتحدثوا معك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="385"/>
        <source>Facebook is the easiest and most popular; Instagram suits pictures and short video.</source>
        <translation>فيسبوك الأسهل والأكثر شيوعًا؛ وإنستغرام يناسب الصور والفيديو القصير.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="387"/>
        <source>Conversions and sales</source>
        <translation>التحويلات والمبيعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="388"/>
        <source>Social activity turns into sales you can trace.</source>
        <translation>أن يتحوّل نشاطك على مواقع التواصل إلى مبيعات يمكنك تتبّعها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="394"/>
        <source>Lead generation</source>
        <translation>جذب العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="395"/>
        <source>Collect contacts of people who may buy later.</source>
        <translation>جمع بيانات التواصل لأشخاص قد يشترون لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="401"/>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="402"/>
        <source>Answer customers quickly and well where they ask.</source>
        <translation>الرد على العملاء بسرعة وبشكل جيد حيث يسألون.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="406"/>
        <source>Conversational platforms, where customers already ask.</source>
        <translation>منصات المحادثة، حيث يسأل العملاء أصلًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="408"/>
        <source>Social listening and market insight</source>
        <translation>الاستماع الاجتماعي وفهم السوق</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="409"/>
        <source>Learn what people say about you, your competitors and your trade.</source>
        <translation>معرفة ما يقوله الناس عنك وعن منافسيك وعن مجال عملك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="412"/>
        <source>Public conversation happens there; most mentions on X come from small accounts.</source>
        <translation>النقاش العام يجري هناك؛ ومعظم الإشارات على X تأتي من حسابات صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="414"/>
        <source>Recruiting</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="415"/>
        <source>Find people who want to work with you.</source>
        <translation>إيجاد أشخاص يريدون العمل معك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="418"/>
        <source>Where job seekers and their friends look.</source>
        <translation>حيث يبحث الباحثون عن عمل وأصدقاؤهم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="420"/>
        <source>Brand loyalty</source>
        <translation>الولاء للعلامة التجارية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="421"/>
        <source>Customers come back, tag you and post about you.</source>
        <translation>أن يعود العملاء، ويشيروا إليك، وينشروا عنك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="425"/>
        <source>Customers share photos and talk with the brand there.</source>
        <translation>يشارك العملاء الصور ويتحدثون مع العلامة التجارية هناك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="185"/>
        <source>1,200 people follow the bakery on Instagram today; the goal is 1,900 by March.</source>
        <translation>يتابع المخبزَ على إنستغرام اليوم 1,200 شخص، والهدف 1,900 بحلول مارس.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="188"/>
        <source>3,000 different people saw at least one of this week&apos;s posts, some of them several times.</source>
        <translation>رأى 3,000 شخص مختلف منشورًا واحدًا على الأقل من منشورات هذا الأسبوع، وبعضهم رآه عدة مرات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="192"/>
        <source>This week&apos;s posts were shown 5,000 times, to 3,000 people: impressions count every showing.</source>
        <translation>عُرضت منشورات هذا الأسبوع 5,000 مرة على 3,000 شخص: مرات الظهور تحسب كل عرض.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="195"/>
        <source>Times your videos were watched in a week (each platform sets its own minimum watching time).</source>
        <translation>عدد مرات مشاهدة مقاطع الفيديو في الأسبوع (لكل منصة حدها الأدنى لمدة المشاهدة).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="197"/>
        <source>The week&apos;s three Reels were watched 2,400 times in all.</source>
        <translation>شوهدت مقاطع الريلز الثلاثة هذا الأسبوع 2,400 مرة إجمالًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="200"/>
        <source>This week&apos;s posts got 150 likes, 30 comments and 20 shares: 200 engagements.</source>
        <translation>نالت منشورات هذا الأسبوع 150 إعجابًا و30 تعليقًا و20 مشاركة: 200 تفاعل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="203"/>
        <source>The likes, comments and shares a post gets, as a share of your followers. The smallest of the three engagement rates: most followers never see a given post.</source>
        <translation>إعجابات المنشور وتعليقاته ومشاركاته كنسبة من متابعيك. وهو أصغر معدلات التفاعل الثلاثة: معظم المتابعين لا يرون منشورًا بعينه أبدًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="205"/>
        <source>A post gets 12 likes and comments; the account has 1,200 followers: 1%.</source>
        <translation>ينال منشور 12 إعجابًا وتعليقًا، وللحساب 1,200 متابع: 1%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="208"/>
        <source>The likes, comments and shares a post gets, as a share of the people who saw it.</source>
        <translation>إعجابات المنشور وتعليقاته ومشاركاته كنسبة من الأشخاص الذين رأوه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="209"/>
        <source>A post seen by 400 people gets 12 likes and comments: 3%.</source>
        <translation>منشور رآه 400 شخص ونال 12 إعجابًا وتعليقًا: 3%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="212"/>
        <source>The likes, comments and shares a post gets, as a share of the times it was shown (one person may see it twice).</source>
        <translation>إعجابات المنشور وتعليقاته ومشاركاته كنسبة من مرات عرضه (قد يراه الشخص الواحد مرتين).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="214"/>
        <source>A post shown 600 times gets 12 likes and comments: 2%.</source>
        <translation>منشور عُرض 600 مرة ونال 12 إعجابًا وتعليقًا: 2%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="216"/>
        <source>Posts and comments by other people that name your business, in a week.</source>
        <translation>منشورات وتعليقات لأشخاص آخرين تذكر نشاطك، خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="217"/>
        <source>Eight posts this week named the bakery or tagged its account.</source>
        <translation>ذكرت ثمانية منشورات المخبزَ هذا الأسبوع أو أشارت إلى حسابه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="220"/>
        <source>Posts in a week that use your own hashtag.</source>
        <translation>المنشورات التي تستخدم وسمك الخاص خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="221"/>
        <source>Customers used #NourMornings in 15 posts this week.</source>
        <translation>استخدم الزبائن الوسم ‎#NourMornings‎ في 15 منشورًا هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="224"/>
        <source>Of the posts that mention you, the share that speak well of you.</source>
        <translation>نسبة المنشورات التي تذكرك بخير من بين كل ما يذكرك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="225"/>
        <source>Of 20 mentions this month, 15 were happy ones: 75%.</source>
        <translation>من 20 إشارة هذا الشهر كانت 15 راضية: 75%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="228"/>
        <source>30 mentions of you and 70 of the two bakeries nearby: 30%.</source>
        <translation>30 إشارة إليك و70 إلى المخبزين القريبين: 30%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="231"/>
        <source>Visits to your website that came from social media, in a week (your site&apos;s analytics show them).</source>
        <translation>زيارات موقعك الآتية من وسائل التواصل خلال أسبوع (تعرضها تحليلات موقعك).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="233"/>
        <source>The order page had 80 visits from Facebook and Instagram this week.</source>
        <translation>زار صفحةَ الطلب 80 زائرًا من فيسبوك وإنستغرام هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="235"/>
        <source>Clicks on the links in your posts, in a week.</source>
        <translation>النقرات على الروابط في منشوراتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="236"/>
        <source>The link to the Eid menu was clicked 120 times this week.</source>
        <translation>نُقر رابط قائمة العيد 120 مرة هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="243"/>
        <source>25 online orders this month came from a link in a post.</source>
        <translation>جاء 25 طلبًا عبر الإنترنت هذا الشهر من رابط في منشور.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="246"/>
        <source>400 visits from social brought 8 orders: 2%.</source>
        <translation>جلبت 400 زيارة من وسائل التواصل 8 طلبات: 2%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="249"/>
        <source>Of all your online sales or sign-ups, the share that came from social media.</source>
        <translation>نسبة ما جاء من وسائل التواصل من كل مبيعاتك أو تسجيلاتك عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="250"/>
        <source>25 of this month&apos;s 100 online orders came from social: 25%.</source>
        <translation>25 من أصل 100 طلب عبر الإنترنت هذا الشهر جاءت من وسائل التواصل: 25%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="253"/>
        <source>Of 200 visitors from Instagram, 140 left after the first page: 70%.</source>
        <translation>من 200 زائر من إنستغرام غادر 140 بعد الصفحة الأولى: 70%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="256"/>
        <source>15 people filled in the catering enquiry form this month.</source>
        <translation>ملأ 15 شخصًا نموذج الاستفسار عن الضيافة هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="258"/>
        <source>What your ads cost, divided by the leads they brought: lower is better.</source>
        <translation>كلفة إعلاناتك مقسومة على العملاء المحتملين الذين جلبتهم: الأقل أفضل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="259"/>
        <source>100 USD of lead ads brought 20 enquiries: 5 USD a lead.</source>
        <translation>جلبت إعلانات بقيمة 100 دولار 20 استفسارًا: 5 دولارات لكل عميل محتمل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="262"/>
        <source>Messages waited 12 hours for a first answer on average this week.</source>
        <translation>انتظرت الرسائل هذا الأسبوع 12 ساعة في المتوسط حتى أول رد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="265"/>
        <source>45 of the 50 customers who answered the survey were satisfied: 90%.</source>
        <translation>رضي 45 من أصل 50 زبونًا أجابوا عن الاستبيان: 90%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="268"/>
        <source>Customer questions and complaints answered in a week, divided by the people answering them.</source>
        <translation>أسئلة الزبائن وشكاواهم التي أُجيبت في أسبوع، مقسومة على عدد من يجيب عنها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="270"/>
        <source>Two people answered 60 messages this week: 30 each.</source>
        <translation>أجاب شخصان عن 60 رسالة هذا الأسبوع: 30 لكل منهما.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="273"/>
        <source>Job applications received in a month.</source>
        <translation>طلبات التوظيف الواردة خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="274"/>
        <source>The post for a weekend baker brought 6 applications this month.</source>
        <translation>جلب منشور طلب خبّاز لعطلة نهاية الأسبوع 6 طلبات هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="276"/>
        <source>Posts you published in a week (Stories and Reels count).</source>
        <translation>المنشورات التي نشرتها في أسبوع (تُحسب القصص والريلز).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="277"/>
        <source>Four posts and three Stories this week: 7.</source>
        <translation>أربعة منشورات وثلاث قصص هذا الأسبوع: 7.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="281"/>
        <source>1,200 followers on the 1st, 1,260 on the 30th: 5% in the month.</source>
        <translation>1,200 متابع في أول الشهر و1,260 في الثلاثين منه: 5% خلال الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="284"/>
        <source>Visits to your profile or page in a week.</source>
        <translation>زيارات ملفك الشخصي أو صفحتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="285"/>
        <source>People opened the bakery&apos;s profile 350 times this week.</source>
        <translation>فتح الناس ملف المخبز 350 مرة هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="287"/>
        <source>Times people shared your posts with others, in a week.</source>
        <translation>عدد مرات مشاركة الناس منشوراتك مع غيرهم خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="288"/>
        <source>The recipe post was shared 25 times this week.</source>
        <translation>شورك منشور الوصفة 25 مرة هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="291"/>
        <source>Comments and messages you answered, in a week.</source>
        <translation>التعليقات والرسائل التي رددت عليها خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="292"/>
        <source>You answered 40 comments and messages this week.</source>
        <translation>رددت على 40 تعليقًا ورسالة هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="295"/>
        <source>Posts in a week that name the competitors you follow.</source>
        <translation>المنشورات التي تذكر المنافسين الذين تتابعهم خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="296"/>
        <source>The two bakeries nearby were named in 30 posts this week.</source>
        <translation>ذُكر المخبزان القريبان في 30 منشورًا هذا الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="298"/>
        <source>Photos in a month in which customers tagged your account.</source>
        <translation>الصور التي أشار فيها الزبائن إلى حسابك خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="299"/>
        <source>Customers tagged the bakery in 18 photos this month.</source>
        <translation>أشار الزبائن إلى المخبز في 18 صورة هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="302"/>
        <source>Posts customers made about your business in a month.</source>
        <translation>المنشورات التي كتبها الزبائن عن نشاطك خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="303"/>
        <source>Twelve customers posted about their birthday cake this month.</source>
        <translation>نشر اثنا عشر زبونًا عن كعكة عيد ميلادهم هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="305"/>
        <source>Likes on your posts in a week.</source>
        <translation>الإعجابات على منشوراتك خلال أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="306"/>
        <source>This week&apos;s posts got 150 likes.</source>
        <translation>نالت منشورات هذا الأسبوع 150 إعجابًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="307"/>
        <source>New followers per week</source>
        <translation>المتابعون الجدد في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="308"/>
        <source>Followers gained minus followers lost in a week: the change, not the total.</source>
        <translation>المتابعون المكتسَبون ناقص المفقودين خلال أسبوع: التغيّر، لا المجموع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="145"/>
        <source>WhatsApp Business</source>
        <translation>واتساب للأعمال</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="146"/>
        <source>Chats with customers, a catalogue and broadcasts: where many small shops take orders.</source>
        <translation>محادثات مع العملاء وكتالوج ورسائل جماعية: حيث تتلقى متاجر صغيرة كثيرة طلباتها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="147"/>
        <source>Telegram channel</source>
        <translation>قناة تيليجرام</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="148"/>
        <source>A channel that broadcasts posts to subscribers; views per post are public.</source>
        <translation>قناة تبث المنشورات إلى المشتركين؛ ومشاهدات كل منشور معلنة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="149"/>
        <source>Google Business Profile</source>
        <translation>الملف التجاري على Google</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="150"/>
        <source>Your listing in Google Search and Maps: calls, directions, reviews.</source>
        <translation>نشاطك التجاري في بحث Google وخرائطها: المكالمات والاتجاهات والمراجعات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="184"/>
        <source>People following the account or page (a channel&apos;s subscribers): a running total.</source>
        <translation>الأشخاص الذين يتابعون الحساب أو الصفحة (أو المشتركون في القناة): مجموع تراكمي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="237"/>
        <source>Link click-through rate (organic)</source>
        <translation>نسبة النقر على الروابط (عضوي)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="238"/>
        <source>Link clicks on your own unpaid posts divided by their impressions.</source>
        <translation>النقرات على الروابط في منشوراتك غير المدفوعة مقسومةً على مرات ظهورها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="244"/>
        <source>Shop conversion rate</source>
        <translation>معدل التحويل في المتجر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="245"/>
        <source>Orders divided by visits from social to your shop or site.</source>
        <translation>الطلبات مقسومةً على الزيارات القادمة من مواقع التواصل إلى متجرك أو موقعك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="239"/>
        <source>An unpaid post shown 2,000 times whose link was clicked 30 times: 1.5%.</source>
        <translation>منشور غير مموَّل عُرض 2,000 مرة ونُقر رابطه 30 مرة: 1.5%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="313"/>
        <source>Ad link click-through rate</source>
        <translation>نسبة النقر على روابط الإعلانات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="314"/>
        <source>Link clicks on your ads divided by the ads&apos; impressions (paid).</source>
        <translation>النقرات على روابط إعلاناتك مقسومةً على مرات ظهور الإعلانات (مدفوع).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="315"/>
        <source>An ad shown 4,000 times whose link was clicked 40 times: 1%.</source>
        <translation>إعلان عُرض 4,000 مرة ونُقر رابطه 40 مرة: 1%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="316"/>
        <source>Lead-form conversion rate</source>
        <translation>معدل تحويل نموذج العملاء المحتملين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="318"/>
        <source>Leads from an ad&apos;s form divided by clicks on the ad (paid).</source>
        <translation>العملاء المحتملون من نموذج الإعلان مقسومين على النقرات على الإعلان (مدفوع).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="319"/>
        <source>The catering ad was clicked 200 times and 16 people filled in its form: 8%.</source>
        <translation>نُقر إعلان خدمة الضيافة 200 مرة وملأ نموذجه 16 شخصًا: 8%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="320"/>
        <source>Thumbnail click-through rate</source>
        <translation>نسبة النقر على الصور المصغّرة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="322"/>
        <source>Views started from a video&apos;s thumbnail divided by the thumbnail&apos;s impressions (YouTube).</source>
        <translation>المشاهدات التي بدأت من الصورة المصغّرة للفيديو مقسومةً على مرات ظهورها (يوتيوب).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="323"/>
        <source>The recipe video&apos;s thumbnail was shown 5,000 times and started 250 views: 5%.</source>
        <translation>عُرضت الصورة المصغّرة لفيديو الوصفة 5,000 مرة وبدأت منها 250 مشاهدة: 5%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="325"/>
        <source>Views per post</source>
        <translation>المشاهدات لكل منشور</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="326"/>
        <source>The average views a post gets, as a Telegram channel shows them.</source>
        <translation>متوسط مشاهدات المنشور كما تعرضها قناة تيليجرام.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="327"/>
        <source>This week&apos;s three posts on the channel were seen 900, 1,100 and 1,000 times: 1,000 views per post.</source>
        <translation>شوهدت منشورات القناة الثلاثة هذا الأسبوع 900 و1,100 و1,000 مرة: 1,000 مشاهدة لكل منشور.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="328"/>
        <source>Broadcast contacts</source>
        <translation>جهات اتصال الرسائل الجماعية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="329"/>
        <source>Customers on your broadcast lists: a running total.</source>
        <translation>العملاء في قوائم رسائلك الجماعية: مجموع تراكمي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="330"/>
        <source>640 customers are on the bakery&apos;s WhatsApp broadcast list today.</source>
        <translation>في قائمة الرسائل الجماعية للمخبز على واتساب اليوم 640 عميلًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="331"/>
        <source>Customer chats per week</source>
        <translation>محادثات العملاء في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="333"/>
        <source>New conversations customers start with you in a week (WhatsApp, Telegram).</source>
        <translation>المحادثات الجديدة التي يبدؤها العملاء معك في الأسبوع (واتساب، تيليجرام).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="334"/>
        <source>Customers started 35 new WhatsApp chats with the bakery this week.</source>
        <translation>بدأ العملاء هذا الأسبوع 35 محادثة جديدة مع المخبز على واتساب.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="335"/>
        <source>Broadcast read rate</source>
        <translation>معدل قراءة الرسائل الجماعية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="337"/>
        <source>Broadcast messages read divided by those delivered.</source>
        <translation>الرسائل الجماعية المقروءة مقسومةً على الرسائل المُسلَّمة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="338"/>
        <source>The Friday offer reached 600 phones and was read on 390: 65%.</source>
        <translation>وصل عرض الجمعة إلى 600 هاتف وقُرئ على 390 منها: 65%.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="339"/>
        <source>Calls from your business profile per month</source>
        <translation>المكالمات من ملفك التجاري في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="341"/>
        <source>Calls made with the Call button of your Google Business Profile in a month.</source>
        <translation>المكالمات التي أُجريت بزر الاتصال في ملفك التجاري على Google خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="342"/>
        <source>People called the bakery 42 times from its Google profile this month.</source>
        <translation>اتصل الناس بالمخبز 42 مرة من ملفه على Google هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="343"/>
        <source>Direction requests per month</source>
        <translation>طلبات الاتجاهات في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="345"/>
        <source>People who asked Google Maps for the way to you in a month.</source>
        <translation>الأشخاص الذين طلبوا من خرائط Google الطريق إليك خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="346"/>
        <source>58 people asked Google Maps for the way to the bakery this month.</source>
        <translation>طلب 58 شخصًا من خرائط Google الطريق إلى المخبز هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="347"/>
        <source>Website clicks from your business profile per month</source>
        <translation>النقرات على موقعك من ملفك التجاري في الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="349"/>
        <source>Clicks from your Google Business Profile to your website in a month.</source>
        <translation>النقرات من ملفك التجاري على Google إلى موقعك الإلكتروني خلال شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="350"/>
        <source>The website link on the bakery&apos;s Google profile was clicked 75 times this month.</source>
        <translation>نُقر رابط الموقع في ملف المخبز على Google هذا الشهر 75 مرة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="351"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="352"/>
        <source>Reviews of your business: a running total.</source>
        <translation>مراجعات نشاطك التجاري: مجموع تراكمي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="353"/>
        <source>The bakery has 120 reviews on Google today; the goal is 180 by summer.</source>
        <translation>للمخبز اليوم 120 مراجعة على Google، والهدف 180 بحلول الصيف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="354"/>
        <source>Average rating</source>
        <translation>متوسط التقييم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="355"/>
        <source>The average star rating of your reviews, from 1 to 5.</source>
        <translation>متوسط تقييم مراجعاتك بالنجوم، من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="356"/>
        <source>The bakery&apos;s 120 reviews give it 4.4 stars on average.</source>
        <translation>تمنح مراجعات المخبز الـ120 متوسط تقييم قدره 4.4 نجوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="365"/>
        <source>Video draws attention; X reaches a wide audience fast; Facebook is the easiest and most popular.</source>
        <translation>الفيديو يجذب الانتباه؛ وإكس يصل إلى جمهور واسع بسرعة؛ وفيسبوك الأسهل والأكثر انتشارًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="371"/>
        <source>Reviews on your Google profile are what new customers read first; audio (X Spaces, Spotify) lets the brand express its identity in depth.</source>
        <translation>المراجعات على ملفك في Google هي أول ما يقرؤه العملاء الجدد؛ والصوت (مساحات إكس، سبوتيفاي) يتيح للعلامة التعبير عن هويتها بعمق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="392"/>
        <source>Built-in shopping: the purchase happens where the post is, or in a chat where the customer orders.</source>
        <translation>تسوّق مدمج: يتم الشراء حيث يكون المنشور، أو في محادثة يطلب فيها العميل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="398"/>
        <source>Facebook has the largest audience and mature analytics; LinkedIn reaches business buyers.</source>
        <translation>لدى فيسبوك أكبر جمهور وتحليلات ناضجة؛ ولينكدإن يصل إلى المشترين من الشركات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="160"/>
        <source>It counts things that happen, each on the day it happens: a period&apos;s amount is the sum of its days.</source>
        <extracomment>Things that happen (a showing, a click, a visit, a post) are each counted once, on their day.</extracomment>
        <translation>يعدّ أمورًا تحدث، كلٌّ منها في يوم حدوثه: مقدار الفترة هو مجموع أيامها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="163"/>
        <source>Each day&apos;s followers gained minus followers lost add up to the period&apos;s net change.</source>
        <extracomment>A net change: the days&apos; gains and losses add up to the period&apos;s.</extracomment>
        <translation>يُجمع صافي كل يوم (المتابعون المكتسَبون ناقص المفقودين) ليعطي صافي تغيّر الفترة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="166"/>
        <source>Each day&apos;s requests per person add up to the period&apos;s, as long as the same people answer them.</source>
        <extracomment>Requests per person: a sum over the days when the same people answer them all week.</extracomment>
        <translation>تُجمع طلبات كل يوم لكل شخص لتعطي طلبات الفترة، ما دام الأشخاص أنفسهم هم من يجيبون عنها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/catalog.py" line="169"/>
        <source>Reach counts different people: someone who saw your posts on three days of a week is one person in the week&apos;s reach, but three in the sum of its days.</source>
        <extracomment>Distinct people: platforms count each person once per day, once per week, once per 28 days.</extracomment>
        <translation>الوصول يعدّ أشخاصًا مختلفين: من رأى منشوراتك في ثلاثة أيام من الأسبوع شخصٌ واحد في وصول الأسبوع، لكنه ثلاثة في مجموع أيامه.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="222"/>
        <source>All platforms</source>
        <extracomment>Above this many points a series is drawn as a line without symbols (symbols cost per point). Notes closer in time than this share of the chart&apos;s span are stacked, so their labels do not overlap. Where &quot;today&quot; is nearer an edge of the chart than this share, its label moves inside the chart. A note this near the bottom (top) of the values is labelled above (below) it, inside the chart. Months between labelled ticks, tried in turn until the names fit in what pyqtgraph allows (MONTH_MARGIN of it).</extracomment>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="275"/>
        <source>Total</source>
        <extracomment>A series with more points than this is drawn without symbols (the PDF&apos;s narrower chart lowers it).</extracomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="292"/>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="313"/>
        <source>Target line</source>
        <translation>المسار المستهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="350"/>
        <source>Forecast</source>
        <translation>التوقّع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="467"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="317"/>
        <source>Stay above</source>
        <translation>ابقَ فوق هذا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="318"/>
        <source>Stay below</source>
        <translation>ابقَ تحت هذا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="420"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/chart/goal_plot.py" line="453"/>
        <source>Check-in: %1</source>
        <translation>مراجعة: %1</translation>
    </message>
</context>
<context>
    <name>checkins</name>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="26"/>
        <source>1 – very unlikely</source>
        <extracomment>What each confidence means (English; context &quot;checkins&quot;): the words the check-in screen offers.</extracomment>
        <translation>١ – مستبعد جدًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="27"/>
        <source>2 – unlikely</source>
        <translation>٢ – مستبعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="28"/>
        <source>3 – could go either way</source>
        <translation>٣ – قد يتحقق وقد لا يتحقق</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="29"/>
        <source>4 – likely</source>
        <translation>٤ – مرجَّح</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/checkins.py" line="30"/>
        <source>5 – sure</source>
        <translation>٥ – متأكد</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="76"/>
        <source>Create goal “%1”</source>
        <translation>إنشاء الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="119"/>
        <source>Edit goal “%1”</source>
        <translation>تعديل الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="136"/>
        <source>Delete goal “%1”</source>
        <translation>حذف الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="152"/>
        <source>Archive goal “%1”</source>
        <translation>أرشفة الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="152"/>
        <source>Restore goal “%1”</source>
        <translation>إلغاء أرشفة الهدف «%1»</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="186"/>
        <source>Edit a figure</source>
        <translation>تعديل رقم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="250"/>
        <source>Change the business details</source>
        <translation>تغيير بيانات النشاط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="168"/>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
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
        <translation>استيراد %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="268"/>
        <source>Check in on %1</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="298"/>
        <source>Change the seasons</source>
        <translation>تغيير المواسم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/commands.py" line="316"/>
        <source>Change the review day</source>
        <translation>تغيير يوم المراجعة</translation>
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
        <translation>لم تُختر أي منصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="22"/>
        <source>Raise %1 on %2 from %3 to %4 between %5 and %6.</source>
        <translation>رفع «%1» على %2 من %3 إلى %4 بين %5 و%6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="24"/>
        <source>Lower %1 on %2 from %3 to %4 between %5 and %6.</source>
        <translation>خفض «%1» على %2 من %3 إلى %4 بين %5 و%6.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="32"/>
        <source>a straight line: the same rise every week</source>
        <extracomment>The target line in words, by the KPI&apos;s kind (and period) and the goal&apos;s shape.</extracomment>
        <translation>خطًّا مستقيمًا: الزيادة نفسها كل أسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="33"/>
        <source>steady percentage growth</source>
        <translation>نموًّا بنسبة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="34"/>
        <source>a staircase, one equal step a week (the KPI counts per week)</source>
        <translation>درجات، درجة متساوية كل أسبوع (المؤشر يُحسب أسبوعيًا)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="36"/>
        <source>a staircase, one step a week, each a steady percentage higher</source>
        <translation>درجات، درجة كل أسبوع، كل منها أعلى بنسبة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="38"/>
        <source>a staircase, one equal step a month (the KPI counts per month)</source>
        <translation>درجات، درجة متساوية كل شهر (المؤشر يُحسب شهريًا)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="40"/>
        <source>a staircase, one step a month, each a steady percentage higher</source>
        <translation>درجات، درجة كل شهر، كل منها أعلى بنسبة ثابتة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="42"/>
        <source>a straight line, day by day</source>
        <translation>خطًّا مستقيمًا يومًا بعد يوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="43"/>
        <source>steady percentage growth, day by day</source>
        <translation>نموًّا بنسبة ثابتة يومًا بعد يوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="44"/>
        <source>monthly steps of the same size (a rate moves month by month)</source>
        <translation>درجات شهرية متساوية (المعدل يتحرك شهرًا بشهر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/describe.py" line="46"/>
        <source>monthly steps, each a steady percentage higher</source>
        <translation>درجات شهرية، كل منها أعلى بنسبة ثابتة</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="16"/>
        <source>audience-based</source>
        <translation>قائم على الجمهور</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="17"/>
        <source>content-based</source>
        <translation>قائم على المحتوى</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="18"/>
        <source>engagement-based</source>
        <translation>قائم على التفاعل</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="22"/>
        <source>about who knows you: more people reached, remembered or hired</source>
        <extracomment>The families in plain words, where an objective is chosen.</extracomment>
        <translation>يتعلق بمن يعرفك: مزيد من الناس يصلهم نشاطك ويتذكرونه أو يعملون معك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="24"/>
        <source>about what is said: listening to your customers, competitors and trade</source>
        <translation>يتعلق بما يقال: الإصغاء إلى زبائنك ومنافسيك ومجال عملك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/objective_page.py" line="26"/>
        <source>about what people do: like, comment, click, buy or ask</source>
        <translation>يتعلق بما يفعله الناس: يعجبون ويعلّقون وينقرون ويشترون ويسألون</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="31"/>
        <source>Your own recent figures are the best guide: the platforms advise judging a trend over about 90 days.</source>
        <translation>أرقامك الحديثة هي أفضل دليل: تنصح المنصات بالحكم على الاتجاه على مدى نحو ٩٠ يومًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="37"/>
        <source>Find out what changed, and change the content or the plan before counting on the target.</source>
        <translation>اعرف ما الذي تغيّر، وغيّر المحتوى أو الخطة قبل أن تعتمد على القيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="45"/>
        <source>This pace is unrealistic: lower the target or move the deadline.</source>
        <translation>هذه الوتيرة غير واقعية: اخفض القيمة المستهدفة أو أجّل الموعد النهائي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="47"/>
        <source>Plan what will make the pace change (content, ads, time), or lower the target.</source>
        <translation>خطِّط لما سيغيّر الوتيرة (المحتوى، الإعلانات، الوقت)، أو اخفض القيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="121"/>
        <source>Set a target you can reach at a few percent a month.</source>
        <translation>ضع قيمة مستهدفة يمكنك بلوغها بنمو بضعة في المئة شهريًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="127"/>
        <source>Plan the ads or campaigns that would make it possible, or lower the target.</source>
        <translation>خطِّط للإعلانات أو الحملات التي تجعل ذلك ممكنًا، أو اخفض القيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="144"/>
        <source>Aim nearer {figure}, or check that your figure measures the same thing.</source>
        <translation>اجعل هدفك أقرب إلى {figure}، أو تحقّق من أن رقمك يقيس الشيء نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="325"/>
        <source>The {field} of {value} for {kpi} is over 100%.</source>
        <translation>القيمة {value} ({field}) لـ«{kpi}» تتجاوز ١٠٠٪.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="328"/>
        <source>A percentage of something cannot be more than all of it.</source>
        <translation>لا يمكن أن تكون النسبة من شيء أكبر من الشيء كله.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="329"/>
        <source>Check the figure: perhaps it was entered as a count.</source>
        <translation>تحقّق من الرقم: ربما أُدخل كعدد لا كنسبة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="40"/>
        <source>Aim for a first reply within {suggested} working hours, and within {x_hours} hour for complaints on X.</source>
        <translation>احرص على أن يكون الرد الأول خلال {suggested} ساعة عمل، وخلال {x_hours} ساعة للشكاوى على X.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="43"/>
        <source>Aim for a first reply within {suggested} working hours.</source>
        <translation>احرص على أن يكون الرد الأول خلال {suggested} ساعة عمل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="45"/>
        <source>A first reply after {target} is slower than customers expect (more than {limit}).</source>
        <translation>الرد الأول بعد {target} أبطأ مما يتوقعه العملاء (أكثر من {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="32"/>
        <source>{target} posts a week is too little to move anything.</source>
        <extracomment>Objectives whose goals cost money or time to reach whatever their ambition.</extracomment>
        <translation>نشر {target} منشور في الأسبوع قليل جدًا ولن يُحدث أي تغيير.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="34"/>
        <source>Accounts that grow post several times a week.</source>
        <translation>الحسابات التي تنمو تنشر عدة مرات في الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="35"/>
        <source>Post at least {minimum} time a week.</source>
        <translation>انشر {minimum} مرة في الأسبوع على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="68"/>
        <source>The deadline, {deadline}, has passed.</source>
        <translation>انقضى الموعد النهائي ({deadline}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="70"/>
        <source>Every goal needs a period that is still ahead.</source>
        <translation>كل هدف يحتاج إلى فترة لم تنقضِ بعد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="71"/>
        <source>Set a new deadline, or archive the goal.</source>
        <translation>حدِّد موعدًا نهائيًا جديدًا، أو أرشِف الهدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="78"/>
        <source>Social media is a marathon, not a sprint: figures need weeks to show a trend.</source>
        <translation>التواصل الاجتماعي ماراثون لا سباق سرعة: تحتاج الأرقام إلى أسابيع لتُظهر اتجاهًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="87"/>
        <source>Platforms and their algorithms change quickly: goals need reviewing on the way.</source>
        <translation>المنصات وخوارزمياتها تتغير بسرعة: يجب مراجعة الأهداف أثناء الطريق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="89"/>
        <source>Add milestones, for example one each quarter.</source>
        <translation>أضف محطات مرحلية، مثلًا محطة كل ثلاثة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="100"/>
        <source>For {kpi} lower is better, but the target ({target}) is not below the baseline ({baseline}).</source>
        <translation>في «{kpi}» الأقل أفضل، لكن القيمة المستهدفة ({target}) ليست أقل من قيمة البداية ({baseline}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="103"/>
        <source>For {kpi} higher is better, but the target ({target}) is not above the baseline ({baseline}).</source>
        <translation>في «{kpi}» الأعلى أفضل، لكن القيمة المستهدفة ({target}) ليست أعلى من قيمة البداية ({baseline}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="106"/>
        <source>A goal that asks for no improvement cannot be tracked.</source>
        <translation>الهدف الذي لا يطلب أي تحسّن لا يمكن متابعته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="107"/>
        <source>Check the baseline and the target.</source>
        <translation>تحقّق من قيمة البداية والقيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="119"/>
        <source>{kpi} measures attention, not {objective}.</source>
        <translation>«{kpi}» يقيس الاهتمام، لا {objective}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="120"/>
        <source>Follower count is not success: 5,000 engaged followers who buy beat 50,000 who don&apos;t, and big followings often come from ads or fake accounts.</source>
        <translation>عدد المتابعين ليس هو النجاح: ٥٬٠٠٠ متابع متفاعل يشترون أفضل من ٥٠٬٠٠٠ لا يشترون، والأعداد الكبيرة من المتابعين تأتي غالبًا من الإعلانات أو الحسابات الوهمية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="123"/>
        <source>Measure it by one of: {kpis}.</source>
        <translation>قِسه بأحد هذه المؤشرات: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="131"/>
        <source>The goal&apos;s statement has no number in it.</source>
        <translation>لا يحتوي نص الهدف على أي رقم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="133"/>
        <source>A goal like &quot;lots of followers&quot; cannot be evaluated.</source>
        <translation>لا يمكن تقييم هدف مثل «متابعين كثيرين».</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="134"/>
        <source>Say how much, on which platform, by when.</source>
        <translation>حدِّد الكمية، وعلى أي منصة، وبحلول متى.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="137"/>
        <source>The goal names no platform.</source>
        <translation>لا يذكر الهدف أي منصة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="138"/>
        <source>Each platform needs its own content and its own goals.</source>
        <translation>كل منصة تحتاج إلى محتوى خاص بها وأهداف خاصة بها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="139"/>
        <source>Choose the platforms where your audience is.</source>
        <translation>اختر المنصات التي يوجد فيها جمهورك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="163"/>
        <source>For {objective}, the usual platforms are {recommended}; you chose {chosen}.</source>
        <translation>لغاية «{objective}» المنصات المعتادة هي {recommended}؛ وأنت اخترت {chosen}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="165"/>
        <source>Recommended for {objective}: {why}</source>
        <translation>موصى به لـ«{objective}»: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="161"/>
        <location filename="../../src/planner/domain/realism/smart.py" line="166"/>
        <source>Consider {recommended}, if your audience is there.</source>
        <translation>فكِّر في {recommended}، إن كان جمهورك هناك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="128"/>
        <source>An ambitious goal with no budget and under {minimum} hours a week.</source>
        <translation>هدف طموح بلا ميزانية وبأقل من {minimum} ساعة في الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="130"/>
        <source>Engagement takes real time every week, and creative work needs budget.</source>
        <translation>التفاعل يحتاج إلى وقت حقيقي كل أسبوع، والعمل الإبداعي يحتاج إلى ميزانية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="132"/>
        <source>Set aside at least {minimum} hours a week or a budget, or lower the target.</source>
        <translation>خصِّص {minimum} ساعة على الأقل في الأسبوع أو ميزانية، أو اخفض القيمة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="31"/>
        <source>A {model} trend fitted to your recent figures.</source>
        <translation>اتجاه ({model}) محسوب من أرقامك الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="32"/>
        <source>Change what you do, or move the deadline.</source>
        <translation>غيِّر ما تفعله، أو أجِّل الموعد النهائي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="322"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="331"/>
        <location filename="../../src/planner/ui/findings_view.py" line="62"/>
        <source>Why: </source>
        <translation>السبب: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="342"/>
        <location filename="../../src/planner/ui/findings_view.py" line="109"/>
        <source>Based on: </source>
        <translation>بناءً على: </translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="18"/>
        <source>baseline</source>
        <translation>قيمة البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="19"/>
        <source>target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="16"/>
        <source>straight-line</source>
        <translation>خطي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/text.py" line="17"/>
        <source>steady-growth</source>
        <translation>نمو ثابت</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="32"/>
        <source>Unrealistic</source>
        <translation>غير واقعي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="34"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="35"/>
        <source>Advice</source>
        <translation>نصيحة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="78"/>
        <source>✔ Nothing to warn about: this goal looks realistic.</source>
        <translation>✔ لا شيء يستدعي التنبيه: يبدو هذا الهدف واقعيًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="112"/>
        <source>&amp;Use this</source>
        <translation>&amp;طبّقه</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/findings_view.py" line="114"/>
        <source>Put the suggested target into the goal</source>
        <translation>ضع القيمة المستهدفة المقترحة في الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="34"/>
        <source>{kpi} has not moved towards the target over the last {weeks} ({history}), but the goal needs {needed}.</source>
        <translation>لم يتحرّك {kpi} نحو القيمة المستهدفة خلال آخر {weeks} ({history})، بينما يحتاج الهدف إلى {needed}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="43"/>
        <source>The goal needs {needed}, {ratio} times the {history} your figures show over the last {weeks}.</source>
        <translation>يحتاج الهدف إلى {needed}، أي {ratio} ضعف الوتيرة ({history}) التي تُظهرها أرقامك خلال آخر {weeks}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="75"/>
        <source>The goal runs for fewer than {minimum}: too short to measure a change.</source>
        <translation>مدة الهدف أقل من {minimum}: أقصر من أن يُقاس فيها أي تغيير.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="80"/>
        <source>Give the goal at least {minimum}.</source>
        <translation>امنح الهدف {minimum} على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="85"/>
        <source>{months} is too long to steer by one deadline.</source>
        <translation>مدة {months} أطول من أن تُدار بموعد نهائي واحد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="24"/>
        <source>At the trend of the last {weeks}, {kpi} will not reach {target}.</source>
        <translation>وفق اتجاه آخر {weeks}، لن يبلغ {kpi} القيمة {target}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/tracking.py" line="28"/>
        <source>At the trend of the last {weeks}, {kpi} reaches {target} on {date}, {days} after the deadline.</source>
        <translation>وفق اتجاه آخر {weeks}، يبلغ {kpi} القيمة {target} في {date}، أي بعد الموعد النهائي بـ{days}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="124"/>
        <source>A target of {value} by {deadline} is within reach: your trend is likely to be between {low} and {high} then.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} في المتناول: يُرجَّح أن يكون اتجاهك حينها بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="126"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; your trend is likely to be between {low} and {high} then.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} هي أطمح قيمة لا تعدّها الملاحظات غير واقعية؛ يُرجَّح أن يكون اتجاهك حينها بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="130"/>
        <source>A target of {value} by {deadline} is within reach: your trend is at about {low} then.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} في المتناول: سيكون اتجاهك حينها عند نحو {low}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="132"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; your trend is at about {low} then.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} هي أطمح قيمة لا تعدّها الملاحظات غير واقعية؛ سيكون اتجاهك حينها عند نحو {low}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="135"/>
        <source>your trend over the last {weeks}</source>
        <translation>اتجاهك خلال آخر {weeks}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="147"/>
        <source>A target of {value} by {deadline} is within reach at the typical growth of {growth} a week from your baseline of {baseline}.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} في المتناول بالنمو المعتاد البالغ {growth} أسبوعيًا انطلاقًا من قيمة البداية {baseline}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="150"/>
        <source>A target of {value} by {deadline} is within reach at the typical growth of {growth} a month from your baseline of {baseline}.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} في المتناول بالنمو المعتاد البالغ {growth} شهريًا انطلاقًا من قيمة البداية {baseline}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="153"/>
        <source>A target of {value} by {deadline} is the most ambitious the findings do not call unrealistic; typical growth would reach {reach}.</source>
        <translation>القيمة المستهدفة {value} بحلول {deadline} هي أطمح قيمة لا تعدّها الملاحظات غير واقعية؛ أما النمو المعتاد فكان سيبلغ {reach}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/suggestion.py" line="156"/>
        <source>published growth figures ({sources})</source>
        <translation>أرقام النمو المنشورة ({sources})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="116"/>
        <source>More than {unrealistic} a month for three months, or {unrealistic_year} a month for a year, is unrealistic: even the top 10% of Facebook pages grew about {top} a month ({top_source}); fast followings often come from ads or fake accounts.</source>
        <translation>أكثر من {unrealistic} شهريًا لثلاثة أشهر، أو {unrealistic_year} شهريًا لسنة، غير واقعي: حتى أفضل ١٠٪ من صفحات فيسبوك نمت بنحو {top} شهريًا ({top_source})؛ وكثيرًا ما يأتي التزايد السريع من الإعلانات أو الحسابات الوهمية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="125"/>
        <source>That is faster than the top 10% of Facebook pages, about {top} a month ({top_source}).</source>
        <translation>هذا أسرع من أفضل ١٠٪ من صفحات فيسبوك، أي نحو {top} شهريًا ({top_source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="130"/>
        <source>Growth above {ambitious} a month is more than the typical account reaches ({typical_sources}).</source>
        <translation>النمو بأكثر من {ambitious} شهريًا يفوق ما يبلغه الحساب المعتاد ({typical_sources}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="166"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as much: {growth} more every week.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يعني {total} ضعفًا: زيادة {growth} كل أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="169"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as much: {growth} more every month.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يعني {total} ضعفًا: زيادة {growth} كل شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="172"/>
        <source>Posting more cannot multiply a flow this fast, but a budget can buy it: growth above {error} a month is beyond anything published for organic work (our judgement).</source>
        <translation>لا يمكن لزيادة النشر أن تضاعف الحصيلة بهذه السرعة، لكن الميزانية تستطيع شراءها: النمو بأكثر من {error} شهريًا يتجاوز كل ما نُشر عن العمل العضوي (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="175"/>
        <source>Check that the budget covers what this much costs.</source>
        <translation>تحقّق من أن الميزانية تغطي كلفة هذا القدر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="177"/>
        <source>No published benchmark shows a flow growing like this; above {error} a month, posting more cannot do it (our judgement).</source>
        <translation>لا يُظهر أي معيار منشور حصيلةً تنمو هكذا؛ فوق {error} شهريًا لا تكفي زيادة النشر (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="179"/>
        <source>Lower the target, give it longer, or plan a paid campaign with a budget.</source>
        <translation>اخفض القيمة المستهدفة، أو امنحها وقتًا أطول، أو خطّط لحملة مدفوعة بميزانية.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="182"/>
        <source>Growing more than {warning} a month needs a new plan: ads, a campaign, much more content (our judgement).</source>
        <translation>النمو بأكثر من {warning} شهريًا يحتاج إلى خطة جديدة: إعلانات، حملة، محتوى أكثر بكثير (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="184"/>
        <source>Say what will change to make it grow this fast.</source>
        <translation>وضّح ما الذي سيتغير ليجعلها تنمو بهذه السرعة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="186"/>
        <source>More than {advice} a month is ambitious for a flow (our judgement).</source>
        <translation>أكثر من {advice} شهريًا طموح بالنسبة إلى حصيلة دورية (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="103"/>
        <source>{kpi} from {baseline} to {target} in {duration} is as much as {growth} growth every week for an account of {base}.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يعادل نموًا بنسبة {growth} كل أسبوع لحساب فيه {base}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="106"/>
        <source>{kpi} from {baseline} to {target} in {duration} is {total} times as many: {growth} growth every week.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يعني {total} ضعفًا: نمو بنسبة {growth} كل أسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="109"/>
        <source>{kpi} from {baseline} to {target} in {duration} is as much as {growth} growth every month for an account of {base}.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يعادل نموًا بنسبة {growth} كل شهر لحساب فيه {base}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/pace.py" line="112"/>
        <source>{kpi} from {baseline} to {target} in {duration} needs {growth} growth every month.</source>
        <translation>«{kpi}» من {baseline} إلى {target} خلال {duration} يحتاج إلى نمو بنسبة {growth} كل شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="24"/>
        <source>the smallest accounts</source>
        <translation>أصغر الحسابات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="123"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times {figure}: the {statistic} of brands of every size, {raw} ({source}), times {factor} for {size}, who engage more.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» على {platform} تساوي {ratio} ضعف {figure}: وهو {statistic} للعلامات التجارية من كل الأحجام، {raw} ({source})، مضروبًا في {factor} لـ{size} الذين يتفاعل جمهورهم أكثر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="127"/>
        <source>A target of {target} for {kpi} on {platform} is {ratio} times the {statistic} for {size}: {figure} ({source}).</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» على {platform} تساوي {ratio} ضعف {statistic} لـ{size}: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="130"/>
        <source>A target of {target} for {kpi} on {platform} is above the {statistic} for {size}: {figure} ({source}).</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» على {platform} تتجاوز {statistic} لـ{size}: {figure} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="141"/>
        <source>Add your follower count to the goal: it picks the figures of accounts your size (the smallest accounts&apos; were used).</source>
        <translation>أضف عدد متابعيك إلى الهدف: فهو يختار أرقام الحسابات التي بحجمك (استُخدمت أرقام أصغر الحسابات).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="151"/>
        <source>all platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="175"/>
        <source>A target of {target} for {kpi} is {share} of your {followers} followers, above {limit}.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» تعادل {share} من متابعيك البالغ عددهم {followers}، أي فوق {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="178"/>
        <source>A target of {target} for {kpi} is below {limit}.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» أقل من {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="180"/>
        <source>A target of {target} for {kpi} is above {limit}.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» أعلى من {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="198"/>
        <source>This step is unrealistic: aim for a smaller one first.</source>
        <translation>هذه الخطوة غير واقعية: استهدف خطوة أصغر أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="200"/>
        <source>Say what will change (format, topic, offer) to make the rate move this much.</source>
        <translation>وضّح ما الذي سيتغير (الشكل، الموضوع، العرض) ليتحرك المعدل بهذا القدر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="133"/>
        <source>Above {error} is unrealistic for {size}: five times the typical level, or twice a published top figure (our judgement, from {source}); figures are compared only with figures of the same definition.</source>
        <translation>ما فوق {error} غير واقعي لـ{size}: خمسة أضعاف المستوى المعتاد، أو ضعف أعلى رقم منشور (تقديرنا، استنادًا إلى {source})؛ ولا تُقارن الأرقام إلا بأرقام لها التعريف نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="137"/>
        <source>Above {warning} is ambitious for {size}: twice the typical level, or above a published top figure (our judgement, from {source}); figures are compared only with figures of the same definition.</source>
        <translation>ما فوق {warning} طموح لـ{size}: ضعف المستوى المعتاد، أو أعلى من رقم منشور للأفضل (تقديرنا، استنادًا إلى {source})؛ ولا تُقارن الأرقام إلا بأرقام لها التعريف نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="207"/>
        <source>A target of {target} for {kpi} is {ratio} times the {level} your last {figures} figures show (their median, over {weeks}).</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» تساوي {ratio} ضعف {level} التي تُظهرها أرقامك الأخيرة ({figures}) (وسيطها، خلال {weeks}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="212"/>
        <source>A target of {target} for {kpi} is {ratio} times the baseline of {level}.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» تساوي {ratio} ضعف خط الأساس البالغ {level}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="213"/>
        <source>Nothing published measures this the same way for accounts like yours, so the step from where you are is what counts (our judgement).</source>
        <translation>لا يوجد رقم منشور يقيس هذا بالطريقة نفسها لحسابات مثل حسابك، لذا فالمهم هو الخطوة من حيث أنت الآن (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="273"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the {level} your recent figures show.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» أقل بـ{ratio} مرات من {level} التي تُظهرها أرقامك الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="275"/>
        <source>A target of {target} for {kpi} is {ratio} times lower than the baseline of {level}.</source>
        <translation>قيمة مستهدفة قدرها {target} لـ«{kpi}» أقل بـ{ratio} مرات من خط الأساس البالغ {level}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="278"/>
        <source>Say what will change to cut it this much, or aim for a smaller cut first.</source>
        <translation>وضّح ما الذي سيتغير لخفضه بهذا القدر، أو استهدف خفضًا أصغر أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="285"/>
        <source>A cost of {target} a lead is {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>كلفة قدرها {target} للعميل المحتمل تعادل {share} من أدنى كلفة منشورة للعميل المحتمل من الإعلانات، {lowest} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="311"/>
        <source>Check the cost with a small test campaign before counting on it.</source>
        <translation>تحقّق من الكلفة بحملة تجريبية صغيرة قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="347"/>
        <source>A weekly reach of {target} is {share} times your {followers} followers.</source>
        <translation>وصول أسبوعي قدره {target} يساوي {share} ضعف متابعيك البالغ عددهم {followers}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rates.py" line="349"/>
        <source>Plan what will carry posts beyond your followers: shares, Reels, or ads.</source>
        <translation>خطّط لما سيحمل المنشورات إلى ما هو أبعد من متابعيك: المشاركات أو مقاطع Reels أو الإعلانات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="52"/>
        <source>{target} posts a week is about {hours} hours of work for one person.</source>
        <translation>{target} منشورات في الأسبوع تعني نحو {hours} ساعة عمل لشخص واحد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="54"/>
        <source>Say how many hours a week you can give it.</source>
        <translation>حدّد عدد الساعات التي يمكنك تخصيصها له أسبوعيًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="60"/>
        <source>{target} posts a week is about {hours} hours of work for one person; the goal has {given} hours a week.</source>
        <translation>{target} منشورات في الأسبوع تعني نحو {hours} ساعة عمل لشخص واحد؛ وللهدف {given} ساعة في الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="63"/>
        <source>Post less often, reuse content across platforms, or find help.</source>
        <translation>انشر بوتيرة أقل، أو أعد استخدام المحتوى عبر المنصات، أو استعن بمساعدة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="70"/>
        <source>{target} posts a week on {platform} is more than twice what its most active brands post ({top}).</source>
        <translation>{target} منشورات في الأسبوع على {platform} أكثر من ضعف ما تنشره أنشط العلامات التجارية فيها ({top}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="89"/>
        <source>The budget gives {target} for each lead beyond today&apos;s, {share} of the lowest published cost of a lead from ads, {lowest} ({source}).</source>
        <translation>تمنح الميزانية {target} لكل عميل محتمل إضافي عن اليوم، أي {share} من أدنى كلفة منشورة للعميل المحتمل من الإعلانات، {lowest} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="95"/>
        <source>A budget of {budget} for about {leads} more leads is {cost} a lead.</source>
        <translation>ميزانية قدرها {budget} لنحو {leads} من العملاء المحتملين الإضافيين تعني {cost} للعميل المحتمل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="97"/>
        <source>Published costs of a lead from ads are in US dollars: $22-49 on Facebook in 2024-25 (LocaliQ, WordStream, Superads).</source>
        <translation>الكلف المنشورة للعميل المحتمل من الإعلانات بالدولار الأمريكي: ٢٢-٤٩ دولارًا على فيسبوك في ٢٠٢٤-٢٠٢٥ (LocaliQ وWordStream وSuperads).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="99"/>
        <source>Compare it with what a lead costs you today.</source>
        <translation>قارنها بما يكلّفك العميل المحتمل اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/workload.py" line="126"/>
        <source>A leads or sales goal with no budget and under {minimum} hours a week.</source>
        <translation>هدف للعملاء المحتملين أو للمبيعات بلا ميزانية وبأقل من {minimum} ساعة في الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="17"/>
        <source>This goal&apos;s click-through rate now means the organic link click-through rate: link clicks on your own unpaid posts per impression.</source>
        <extracomment>KPIs whose definition narrowed (schema 3, plan JSON 2): the definition that now applies, and the others.</extracomment>
        <translation>أصبحت نسبة النقر في هذا الهدف تعني الآن نسبة النقر العضوي على الروابط: النقرات على روابط منشوراتك غير المدفوعة لكل مرة ظهور.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="19"/>
        <source>This goal&apos;s conversion rate now means the shop conversion rate: orders per visit from social.</source>
        <translation>أصبح معدل التحويل في هذا الهدف يعني الآن معدل التحويل في المتجر: الطلبات لكل زيارة قادمة من مواقع التواصل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="23"/>
        <source>If you measure ads, change the KPI to Ad link click-through rate; for YouTube thumbnails, to Thumbnail click-through rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>إن كنت تقيس الإعلانات فغيّر المؤشر إلى «نسبة النقر على روابط الإعلانات»؛ وللصور المصغّرة في يوتيوب إلى «نسبة النقر على الصور المصغّرة». حفظ الهدف في نافذة تعديله يؤكد المؤشر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="26"/>
        <source>If you measure leads from an ad&apos;s form, change the KPI to Lead-form conversion rate. Saving the goal in its edit window confirms the KPI.</source>
        <translation>إن كنت تقيس العملاء المحتملين من نموذج إعلان فغيّر المؤشر إلى «معدل تحويل نموذج العملاء المحتملين». حفظ الهدف في نافذة تعديله يؤكد المؤشر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="47"/>
        <source>Half of customers who ask on social media want a reply within an hour, four in five within a day ({source}).</source>
        <translation>نصف العملاء الذين يسألون عبر مواقع التواصل يريدون ردًا خلال ساعة، وأربعة من كل خمسة خلال يوم ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="58"/>
        <source>Click-through and conversion rates of ads, of your own posts and of video thumbnails differ several times over, so one KPI now holds one definition.</source>
        <translation>تختلف نسب النقر ومعدلات التحويل للإعلانات ولمنشوراتك وللصور المصغّرة للفيديو أضعافًا، لذا صار لكل مؤشر تعريف واحد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="157"/>
        <source>{retired} is no longer a place where small businesses find customers.</source>
        <translation>لم يعد {retired} مكانًا تجد فيه المشاريع الصغيرة عملاءها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/smart.py" line="159"/>
        <source>Clubhouse cut half its staff in 2023 and its downloads fell steeply; the app still reads goals that use it.</source>
        <translation>سرّحت Clubhouse نصف موظفيها في ٢٠٢٣ وتراجعت تنزيلاتها بشدة؛ ولا يزال التطبيق يقرأ الأهداف التي تستخدمها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="35"/>
        <source>typical (median)</source>
        <translation>المعتاد (الوسيط)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="36"/>
        <source>average (mean)</source>
        <translation>المتوسط (الحسابي)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="37"/>
        <source>typical</source>
        <translation>المعتاد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="38"/>
        <source>top 10%</source>
        <translation>أفضل ١٠٪</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="39"/>
        <source>top 20%</source>
        <translation>أفضل ٢٠٪</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="40"/>
        <source>top 25%</source>
        <translation>أفضل ٢٥٪</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="41"/>
        <source>strongest accounts</source>
        <translation>أقوى الحسابات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="42"/>
        <source>range of industry medians</source>
        <translation>نطاق وسيطات القطاعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="43"/>
        <source>usual range</source>
        <translation>النطاق المعتاد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="44"/>
        <source>what customers expect</source>
        <translation>ما يتوقعه العملاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="86"/>
        <source>accounts under 1,000 followers</source>
        <translation>الحسابات التي لديها أقل من ١٬٠٠٠ متابع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="87"/>
        <source>accounts of 1,000 to 10,000 followers</source>
        <translation>الحسابات التي لديها من ١٬٠٠٠ إلى ١٠٬٠٠٠ متابع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="88"/>
        <source>accounts of 10,000 to 100,000 followers</source>
        <translation>الحسابات التي لديها من ١٠٬٠٠٠ إلى ١٠٠٬٠٠٠ متابع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/benchmarks/model.py" line="89"/>
        <source>accounts over 100,000 followers</source>
        <translation>الحسابات التي لديها أكثر من ١٠٠٬٠٠٠ متابع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="93"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} link clicks a month of “{first}”: a visit needs a click.</source>
        <extracomment>How far apart two goals&apos; deadlines may be and still be &quot;the same period&quot;.</extracomment>
        <translation>يستهدف هذا الهدف {target} شهريًا، أي {ratio} ضعف النقرات على الروابط البالغة {expected} شهريًا في «{first}»: فالزيارة تحتاج إلى نقرة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="96"/>
        <source>This goal aims at {target} a month, {ratio} times the {expected} that “{first}” and “{second}” give together.</source>
        <translation>يستهدف هذا الهدف {target} شهريًا، أي {ratio} ضعف الـ{expected} التي يعطيها «{first}» و«{second}» معًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="99"/>
        <source>This goal aims at {target} a month, {ratio} times less than the {expected} that “{first}” and “{second}” give together.</source>
        <translation>يستهدف هذا الهدف {target} شهريًا، أي أقل بـ{ratio} مرات من الـ{expected} التي يعطيها «{first}» و«{second}» معًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="103"/>
        <source>Goals on the same platforms and period must multiply out: reach times click-through rate gives clicks, visits times conversion rate gives sales (within twice, our judgement).</source>
        <translation>يجب أن تتسق الأهداف على المنصات نفسها وفي الفترة نفسها عند ضربها: الوصول مضروبًا في نسبة النقر يعطي النقرات، والزيارات مضروبة في معدل التحويل تعطي المبيعات (في حدود الضعف، تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/consistency.py" line="107"/>
        <source>Change this goal&apos;s target, or the goals it depends on, so that they agree.</source>
        <translation>غيّر القيمة المستهدفة لهذا الهدف أو للأهداف التي يعتمد عليها حتى تتفق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="117"/>
        <source>Ours. Industry medians of one rate differ up to 15 times (Instagram 0.14% to 2.10%), so a change of format or topic can move a rate a lot; doubling one&apos;s own rate is ambitious, four times it is another account.</source>
        <extracomment>absolute levels of the target (LEVEL, CUT); for GROWTH and FLOW the engine&apos;s GROWTH / FLOW steps apply LEVEL: the benchmark metric whose figures, for the account&apos;s size, give the reference level LEVEL: the target is compared as a share of the follower count (views per post per subscriber) GROWTH: growth is counted from at least this many (a percentage of a handful misleads) FLOW: ads can buy it, so a budget makes &quot;unrealistic&quot; only &quot;ambitious&quot; CUT: how many times below the baseline (or the own level) the target is The needed pace as a multiple of the account&apos;s own pace (trend evidence). The target as a multiple of the account&apos;s own level (rates), or of the stated baseline when nothing better is known.</extracomment>
        <translation>تقديرنا. تختلف وسيطات القطاعات للمعدل الواحد حتى ١٥ ضعفًا (إنستغرام من ٠٫١٤٪ إلى ٢٫١٠٪)، لذا قد يحرّك تغيير الشكل أو الموضوع المعدل كثيرًا؛ ومضاعفة معدلك طموح، وأربعة أضعافه تعني حسابًا آخر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="139"/>
        <source>Above 5% a month is more than small TikTok accounts average and more than the median Facebook page; above 10% is the top 10% of Facebook pages (2013, paid growth included); organic growth of small pages was 0.3-1.6% a month (2015). Unrealistic (ours): above 15% a month sustained for three months, or above 10% for a year.</source>
        <extracomment>The target as a multiple of the published typical level for the account&apos;s size. Per-follower figures of all sizes, applied to a smaller account, are widened by this factor: smaller accounts reach several times the engagement per follower of large ones. Compound growth a month of a running total (followers, contacts, reviews), percent.</extracomment>
        <translation>ما فوق ٥٪ شهريًا أكثر من متوسط حسابات تيك توك الصغيرة وأكثر من وسيط صفحات فيسبوك؛ وما فوق ١٠٪ هو أفضل ١٠٪ من صفحات فيسبوك (٢٠١٣، مع النمو المدفوع)؛ وكان النمو العضوي للصفحات الصغيرة ٠٫٣-١٫٦٪ شهريًا (٢٠١٥). غير واقعي (تقديرنا): أكثر من ١٥٪ شهريًا لثلاثة أشهر متتالية، أو أكثر من ١٠٪ لسنة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="159"/>
        <source>Ours. Halving a cost or a bounce rate is ambitious; a quarter of it needs a different offer or site.</source>
        <extracomment>Compound growth a month of a flow (visits, reach, leads a week or month), percent, and the smallest multiple of the baseline each severity needs (a short burst is not a trend).</extracomment>
        <translation>تقديرنا. خفض الكلفة أو معدل الارتداد إلى النصف طموح؛ وخفضه إلى الربع يحتاج إلى عرض أو موقع مختلف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="209"/>
        <source>An organic link CTR per impression is at most the CTR per person reached; the strongest small Facebook profiles reach 6.3% per person reached. Above 10% is ambitious on any platform, above 20% unrealistic (ours); they apply where no figure for the account&apos;s size exists.</source>
        <translation>نسبة النقر العضوي لكل مرة ظهور لا تتجاوز نسبة النقر لكل شخص وصل إليه المنشور؛ وأقوى صفحات فيسبوك الصغيرة تبلغ ٦٫٣٪ لكل شخص. ما فوق ١٠٪ طموح على أي منصة، وما فوق ٢٠٪ غير واقعي (تقديرنا)؛ ويُطبّقان حيث لا يوجد رقم لحجم الحساب.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="216"/>
        <source>Above 10% is outside the middle half of YouTube channels; 15% and 25% are ours (YouTube says small channels vary more).</source>
        <translation>ما فوق ١٠٪ خارج النصف الأوسط من قنوات يوتيوب؛ و١٥٪ و٢٥٪ من تقديرنا (يقول يوتيوب إن القنوات الصغيرة تتفاوت أكثر).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="220"/>
        <source>Visitors from social buy less often than visitors from every source; the top 10% of Shopify stores convert 4.7% of all their visits. Above that is ambitious; twice it is unrealistic (ours).</source>
        <translation>زوار مواقع التواصل يشترون أقل من زوار المصادر كلها؛ وأفضل ١٠٪ من متاجر Shopify تحوّل ٤٫٧٪ من كل زياراتها. ما فوق ذلك طموح؛ وضعفه غير واقعي (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="226"/>
        <source>85% is called world-class; above 95% is above every benchmark found and 98% means nearly no customer is ever unhappy (ours).</source>
        <translation>تُعدّ ٨٥٪ من المستوى العالمي؛ وما فوق ٩٥٪ أعلى من كل معيار وجدناه، و٩٨٪ تعني أن لا يكاد أي عميل يكون غير راضٍ (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="230"/>
        <source>Small businesses&apos; WhatsApp broadcasts are read at 63% (median), Messenger&apos;s at 75%; above 90% is above the measured range and 97% is the unsupported &quot;98% open rate&quot; of vendors&apos; copy (ours).</source>
        <translation>تُقرأ الرسائل الجماعية للمشاريع الصغيرة على واتساب بنسبة ٦٣٪ (الوسيط)، وعلى ماسنجر بنسبة ٧٥٪؛ وما فوق ٩٠٪ أعلى من النطاق المقيس، و٩٧٪ هي «نسبة الفتح ٩٨٪» غير المُثبتة في نصوص المورّدين الدعائية (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="234"/>
        <source>Local businesses average 4.4 stars on Google. 4.8 is a top result; an average of 5.0 means no review below five stars, which more reviews make unlikely (ours).</source>
        <translation>متوسط تقييم الأنشطة المحلية على Google هو ٤٫٤ نجوم. و٤٫٨ نتيجة ممتازة؛ أما متوسط ٥٫٠ فيعني ألا تقل أي مراجعة عن خمس نجوم، وهو ما يصبح أقل احتمالًا مع كثرة المراجعات (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="237"/>
        <source>Ours, as a percentage of subscribers. Telegram channels&apos; views per post are commonly 20-40% of subscribers (a vendor&apos;s rule of thumb, no measured study found); above 80% most posts must be forwarded to non-subscribers.</source>
        <translation>تقديرنا، كنسبة من المشتركين. مشاهدات المنشور في قنوات تيليجرام عادةً ٢٠-٤٠٪ من المشتركين (قاعدة تقريبية لأحد المورّدين، ولم نجد دراسة مقيسة)؛ وفوق ٨٠٪ لا بد أن تُعاد توجيه معظم المنشورات إلى غير المشتركين.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="241"/>
        <source>Ours: some mentions are always neutral or negative; nearly all positive is ambitious, all of them unrealistic.</source>
        <translation>تقديرنا: بعض الإشارات محايدة أو سلبية دائمًا؛ فأن تكون كلها تقريبًا إيجابية طموح، وأن تكون كلها كذلك غير واقعي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="248"/>
        <source>The median GA4 bounce rate of all traffic is 45.9%, and visitors from social bounce more (70-90% on brand shops); below 30% is ambitious and below 15% unrealistic (ours).</source>
        <translation>وسيط معدل الارتداد في GA4 لكل الزيارات هو ٤٥٫٩٪، وزوار مواقع التواصل يرتدّون أكثر (٧٠-٩٠٪ في متاجر العلامات التجارية)؛ وما دون ٣٠٪ طموح، وما دون ١٥٪ غير واقعي (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="252"/>
        <source>Ours. Replying four times faster needs a routine; twelve times faster needs someone watching all day. It is never unrealistic: Facebook&apos;s own badge asks for 15 minutes.</source>
        <translation>تقديرنا. الرد أسرع بأربع مرات يحتاج إلى روتين؛ وأسرع باثنتي عشرة مرة يحتاج إلى من يتابع طوال اليوم. ولا يكون ذلك غير واقعي أبدًا: فشارة فيسبوك نفسها تطلب ١٥ دقيقة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="269"/>
        <source>US and global Facebook lead ads cost $22-49 a lead (2024-25). Half the lowest is ambitious; a fifth of it is unrealistic (ours).</source>
        <extracomment>the target (or the cost the budget implies) as a share of the lowest published figure</extracomment>
        <translation>تكلّف إعلانات العملاء المحتملين على فيسبوك في الولايات المتحدة وعالميًا ٢٢-٤٩ دولارًا للعميل المحتمل (٢٠٢٤-٢٠٢٥). نصف الأدنى طموح؛ وخُمسه غير واقعي (تقديرنا).</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="285"/>
        <source>Our estimate: half an hour for a photo or text post (making, publishing, answering), an hour on Instagram and Snapchat, two hours for a short video (an agency reports about 2 hours per 25-second video). Most small businesses spend 1-10 hours a week on social media. More hours than given is ambitious; more than twice them is unrealistic for one person.</source>
        <extracomment>the hours a goal&apos;s posts need, as a multiple of the hours given</extracomment>
        <translation>تقديرنا: نصف ساعة لمنشور بصورة أو نص (الإعداد والنشر والرد)، وساعة على إنستغرام وسناب شات، وساعتان لفيديو قصير (تذكر إحدى الوكالات نحو ساعتين لكل فيديو مدته ٢٥ ثانية). تقضي معظم المشاريع الصغيرة ١-١٠ ساعات أسبوعيًا على مواقع التواصل. تجاوز الساعات المتاحة طموح؛ وتجاوز ضعفها غير واقعي لشخص واحد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="292"/>
        <source>Ours: posting more than twice what the most active brands post is a workload risk, not an impossibility.</source>
        <extracomment>posts a week above this multiple of the peers&apos; top quarter is a workload risk (advice)</extracomment>
        <translation>تقديرنا: النشر بأكثر من ضعف ما تنشره أنشط العلامات التجارية خطر على عبء العمل، لا استحالة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/realism/rulebook.py" line="319"/>
        <source>A small page&apos;s post reaches 11-23% of its followers on Facebook (2015) and 38-48% on Instagram (2018-19); reaching more people in a week than one has followers needs shares, non-followers&apos; feeds or ads (ours).</source>
        <extracomment>resources: an ambitious goal, or a leads or sales goal, with less time than this and no budget weekly organic reach above this multiple of the followers deserves a word</extracomment>
        <translation>يصل منشور الصفحة الصغيرة إلى ١١-٢٣٪ من متابعيها على فيسبوك (٢٠١٥) وإلى ٣٨-٤٨٪ على إنستغرام (٢٠١٨-٢٠١٩)؛ والوصول في أسبوع إلى أناس أكثر من عدد المتابعين يحتاج إلى مشاركات أو الظهور لغير المتابعين أو إعلانات (تقديرنا).</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="47"/>
        <source>needs at least 3 figures</source>
        <extracomment>A KPI counted per month has one figure a month, on the last day of each of the goal&apos;s months (30 or 31 days): three of the longest months back from the latest figure, so the four latest are in the window, as many as the realism rules want before a monthly trend counts as the owner&apos;s own evidence (EVIDENCE.monthly_figures). A crossing further than this from today is reported as never (and keeps dates in range). The log-linear model must cut the squared error by more than this share to be chosen over the simpler straight line. z for the uncertainty band of ``interval``: about 80% of outcomes for normal errors.</extracomment>
        <translation>يحتاج إلى 3 أرقام على الأقل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="48"/>
        <source>all figures share one date</source>
        <translation>كل الأرقام في تاريخ واحد</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="49"/>
        <source>needs figures on at least 3 different dates</source>
        <translation>يحتاج إلى أرقام في 3 تواريخ مختلفة على الأقل</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/forecast.py" line="50"/>
        <source>needs figures on 3 different dates outside a paused season</source>
        <translation>يحتاج إلى أرقام في 3 تواريخ مختلفة خارج موسم متوقف</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="36"/>
        <source>SMART goals</source>
        <translation>الأهداف الذكية SMART</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="36"/>
        <source>What each KPI means</source>
        <translation>معنى كل مؤشر أداء</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="37"/>
        <source>Objectives</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="37"/>
        <source>Reading the chart</source>
        <translation>قراءة الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="42"/>
        <source>S: Specific.</source>
        <translation>S: محدد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="42"/>
        <source>Say exactly what should change, where: “more Instagram followers”, not “be better on social media”.</source>
        <translation>قل بدقة ما الذي يجب أن يتغير وأين: «متابعون أكثر على إنستغرام» لا «أن نتحسن على وسائل التواصل».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="44"/>
        <source>M: Measurable.</source>
        <translation>M: قابل للقياس.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="44"/>
        <source>Choose one KPI, write down where you are now (the baseline) and the number you aim for (the target).</source>
        <translation>اختر مؤشر أداء واحدًا، واكتب أين أنت الآن (نقطة البداية) والرقم الذي تسعى إليه (القيمة المستهدفة).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="46"/>
        <source>A: Attainable.</source>
        <translation>A: قابل للتحقيق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="46"/>
        <source>Compare the pace the goal needs with your own recent pace and with what similar accounts reach. The app warns when a target is out of reach.</source>
        <translation>قارن الوتيرة التي يحتاجها الهدف بوتيرتك الأخيرة وبما تبلغه حسابات مشابهة. ينبّهك التطبيق حين يكون الهدف بعيد المنال.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="48"/>
        <source>R: Relevant.</source>
        <translation>R: ذو صلة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="48"/>
        <source>Say which business objective it serves: followers are worth little if what you need is orders.</source>
        <translation>قل أي غاية من غايات عملك يخدم: قيمة المتابعين قليلة إن كان ما تحتاجه هو الطلبات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="50"/>
        <source>T: Time-bound.</source>
        <translation>T: محدد بزمن.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="50"/>
        <source>Give it a start and a deadline. Short deadlines for big changes are suspect; long ones need milestones on the way.</source>
        <translation>حدد له بداية وموعدًا نهائيًا. المواعيد القصيرة لتغييرات كبيرة مريبة، والطويلة تحتاج إلى محطات في الطريق.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="54"/>
        <source>A SMART goal turns a wish into something you can check every week. Each letter is a question to answer before you start:</source>
        <translation>الهدف الذكي يحوّل الأمنية إلى شيء تستطيع التحقق منه كل أسبوع. كل حرف سؤال تجيب عنه قبل أن تبدأ:</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="57"/>
        <source>An example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="58"/>
        <source>Wish: “I want more followers.”</source>
        <translation>الأمنية: «أريد متابعين أكثر».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="59"/>
        <source>Goal: “Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake four times a week, within ten months, so that more people in the neighbourhood think of us first.”</source>
        <translation>الهدف: «رفع عدد متابعينا على إنستغرام من 1,200 إلى 1,900 بنشر مقاطع ريلز لخَبز الصباح أربع مرات أسبوعيًا، خلال عشرة أشهر، حتى يتذكرنا مزيد من أهل الحي أولًا».</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="67"/>
        <source>A running total: enter the count on the day you read it.</source>
        <translation>مجموع تراكمي: أدخل العدد في اليوم الذي تقرؤه فيه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="69"/>
        <source>An amount per week: enter the week&apos;s total, dated the week&apos;s last day.</source>
        <translation>كمية في الأسبوع: أدخل مجموع الأسبوع بتاريخ آخر يوم فيه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="70"/>
        <source>An amount per month: enter the month&apos;s total, dated the month&apos;s last day.</source>
        <translation>كمية في الشهر: أدخل مجموع الشهر بتاريخ آخر يوم فيه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="71"/>
        <source>An amount per day: enter the day&apos;s total.</source>
        <translation>كمية في اليوم: أدخل مجموع اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="73"/>
        <source>A rate or an average: enter its level over the period you measure, as your analytics show it.</source>
        <translation>معدل أو متوسط: أدخل مستواه خلال الفترة التي تقيسها كما تعرضه تحليلاتك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="75"/>
        <source>Written as a percentage, from 0 to 100.</source>
        <translation>يُكتب نسبةً مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="77"/>
        <source>Lower is better.</source>
        <translation>الأقل أفضل.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="87"/>
        <source>Totals that grow</source>
        <translation>مجاميع تكبر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="88"/>
        <source>Amounts per week or month</source>
        <translation>كميات في الأسبوع أو الشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="89"/>
        <source>Rates and averages</source>
        <translation>معدلات ومتوسطات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="92"/>
        <source>A KPI (key performance indicator) is the one number a goal is measured by. Each is listed here with what it counts and an example.</source>
        <translation>مؤشر الأداء الرئيسي (KPI) هو الرقم الواحد الذي يُقاس به الهدف. تجد كل مؤشر هنا مع ما يعدّه ومثال عليه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="94"/>
        <source>There are three engagement rates, and they are not comparable: the same post has a small rate per follower, a larger one per impression and the largest per person reached. Compare your figure only with figures of the same kind.</source>
        <translation>هناك ثلاثة معدلات للتفاعل ولا تُقارن ببعضها: للمنشور نفسه معدل صغير لكل متابع، وأكبر لكل مرة ظهور، والأكبر لكل شخص وصل إليه. قارن رقمك فقط بأرقام من النوع نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="103"/>
        <source>Example: %1</source>
        <translation>مثال: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="111"/>
        <source>Every goal serves one objective. Objectives come in three families:</source>
        <translation>كل هدف يخدم غاية واحدة. والغايات ثلاث عائلات:</translation>
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
        <translation>يُقاس بـ: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="124"/>
        <source>Platforms that suit it: %1. %2</source>
        <translation>المنصات المناسبة له: %1. %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="131"/>
        <source>Dashed line</source>
        <translation>الخط المتقطع</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="132"/>
        <source>The target line: where the goal expects you to be each day, from the baseline at the start to the target at the deadline (the star). Totals such as followers rise smoothly; amounts per week climb in weekly steps; rates move up once a month.</source>
        <translation>المسار المستهدف: أين يتوقع الهدف أن تكون كل يوم، من نقطة البداية عند البدء إلى القيمة المستهدفة عند الموعد النهائي (النجمة). المجاميع مثل المتابعين ترتفع بسلاسة، والكميات الأسبوعية تصعد بدرجات أسبوعية، والمعدلات ترتفع مرة كل شهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="136"/>
        <source>Grey band</source>
        <translation>الشريط الرمادي</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="137"/>
        <source>The margin around the target line within which a goal counts as on track.</source>
        <translation>الهامش حول المسار المستهدف الذي يُعدّ الهدف ضمنه على المسار.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="139"/>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="140"/>
        <source>Your figures, one colour per platform. With several platforms, a dark line adds them up (or averages a rate).</source>
        <translation>أرقامك، بلون لكل منصة. ومع عدة منصات يجمعها خط داكن (أو يحسب متوسطها إن كانت معدلات).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="142"/>
        <source>Dotted purple line</source>
        <translation>الخط البنفسجي المنقط</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="143"/>
        <source>The forecast: where your own recent pace leads, with a pale band for how sure it is. It appears once there are three figures on different days.</source>
        <translation>التوقّع: إلى أين تقودك وتيرتك الأخيرة، مع شريط باهت يبيّن مدى اليقين. يظهر حين تتوفر ثلاثة أرقام في أيام مختلفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="146"/>
        <source>Red line</source>
        <translation>الخط الأحمر</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="146"/>
        <source>Today.</source>
        <translation>اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="147"/>
        <source>Diamonds and triangles</source>
        <translation>المعيّنات والمثلثات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="148"/>
        <source>Your milestones (yellow diamonds) and your notes (small dark triangles: hover over one to read all of it).</source>
        <translation>محطاتك (المعيّنات الصفراء) وملاحظاتك (المثلثات الداكنة الصغيرة: مرّر المؤشر فوق إحداها لقراءتها كاملة).</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="153"/>
        <source>Beside the chart, in sentences: whether you are ahead, on track or behind and by how much, when the target is reached at this pace, and what you need each week from today.</source>
        <translation>إلى جانب الرسم، في جمل: هل أنت متقدم أم على المسار أم متأخر وبكم، ومتى تبلغ القيمة المستهدفة بهذه الوتيرة، وما تحتاجه كل أسبوع من اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/dialogs/guide.py" line="156"/>
        <source>Hover over the chart to read the date, your figures and the target line there. Scroll to zoom, drag to move; the first button beside the chart shows the whole goal again.</source>
        <translation>مرّر المؤشر فوق الرسم لقراءة التاريخ وأرقامك والمسار المستهدف عنده. استخدم عجلة الفأرة للتكبير والسحب للتحريك، والزر الأول بجانب الرسم يعرض الهدف كله من جديد.</translation>
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
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="59"/>
        <source>Eid al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="60"/>
        <source>Nowruz holidays</source>
        <translation>عطلة النوروز</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/holidays.py" line="61"/>
        <source>Black Friday to Cyber Monday</source>
        <translation>من الجمعة البيضاء إلى الاثنين الإلكتروني</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="169"/>
        <source>This file counts new followers but not the ones lost, so the totals cannot be rebuilt from it: they would drift further from the truth every day.</source>
        <extracomment>Rows shown in the preview; every figure is still imported. Rejected rows kept one by one; the rest are counted. Rows written between two looks at Cancel. A figure may be dated up to this many days after today: the platforms&apos; day ends later in other time zones. For an amount per period: True for each figure whose period already has a figure in the plan (on any day of it), and the figures of those periods on other days than the import&apos;s (replaced with --replace).</extracomment>
        <translation>يعدّ هذا الملف المتابعين الجدد دون المفقودين، فلا يمكن إعادة بناء المجاميع منه: ستبتعد عن الحقيقة أكثر كل يوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="285"/>
        <source>the value {value} is not a finite number</source>
        <translation>القيمة {value} ليست عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="287"/>
        <source>the value {value} is below 0, which {kpi} cannot be</source>
        <translation>القيمة {value} أقل من 0، ولا يمكن أن يكون {kpi} كذلك</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="290"/>
        <source>the value {value} is a percentage over 100</source>
        <translation>القيمة {value} نسبة مئوية تتجاوز 100</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="294"/>
        <location filename="../../src/planner/exchange/paste.py" line="73"/>
        <source>{day} is in the future</source>
        <translation>{day} في المستقبل</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="297"/>
        <location filename="../../src/planner/exchange/paste.py" line="76"/>
        <source>the date {day} {problem}</source>
        <translation>التاريخ {day} {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/figures_import.py" line="305"/>
        <location filename="../../src/planner/exchange/paste.py" line="84"/>
        <source>a second figure for {platform} on {day}</source>
        <translation>رقم ثانٍ لـ{platform} في {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="46"/>
        <source>The file has follower changes for several platforms ({platforms}); a count you type is for one of them.</source>
        <translation>في الملف تغيّرات المتابعين لعدة منصات ({platforms})؛ والعدد الذي تكتبه يخص واحدة منها فقط.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="55"/>
        <source>Your count for {day} is taken as the count at the end of {last}, the file&apos;s last day.</source>
        <translation>اعتُبر عددك ليوم {day} هو العدد في نهاية {last}، آخر أيام الملف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="60"/>
        <source>The file&apos;s changes run from {first} to {last}: a count on {day} cannot be carried to them. Give the count on a day from {first} to the day after {last}.</source>
        <translation>تمتد تغيّرات الملف من {first} إلى {last}: لا يمكن وصل عددٍ ليوم {day} بها. أعطِ العدد ليومٍ من {first} حتى اليوم التالي لـ{last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="85"/>
        <source>the follower total on {day} cannot be rebuilt: the change on {gap} is missing</source>
        <translation>لا يمكن إعادة بناء مجموع المتابعين في {day}: تغيّر يوم {gap} مفقود</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="90"/>
        <source>the rebuilt follower total on {day} is below 0: check the count you typed</source>
        <translation>المجموع المُعاد بناؤه في {day} أقل من 0: راجع العدد الذي كتبته</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="35"/>
        <source>rows {rows}</source>
        <extracomment>Rejections alike (the same problem in the same column) summarised in one line from this many on.</extracomment>
        <translation>الصفوف {rows}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="47"/>
        <source>it cannot be read ({error})</source>
        <translation>تتعذّر قراءته ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="50"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="37"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="205"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="53"/>
        <source>this is {kind}, not a table of figures: export the figures as CSV or a spreadsheet</source>
        <translation>هذا {kind} وليس جدول أرقام: صدّر الأرقام بصيغة CSV أو جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="63"/>
        <source>this is {layout}, with figures of {theirs}, not {yours}</source>
        <translation>هذا {layout}، بأرقام {theirs} لا {yours}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="72"/>
        <source>a PDF document</source>
        <extracomment>Files owners mistake for exports (a report saved as PDF, a screenshot), known by their first bytes.</extracomment>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="73"/>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="74"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="75"/>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="76"/>
        <source>a database file (perhaps a plan)</source>
        <translation>ملف قاعدة بيانات (ربما خطة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="99"/>
        <source>a zip archive that is neither a spreadsheet nor a YouTube Studio export</source>
        <translation>أرشيف zip ليس جدول بيانات ولا تصديرًا من YouTube Studio</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="103"/>
        <source>a damaged zip archive ({error})</source>
        <translation>أرشيف zip تالف ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/__init__.py" line="114"/>
        <source>the spreadsheet has no sheets</source>
        <translation>جدول البيانات بلا أوراق</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="28"/>
        <source>the archive would expand to {size} MB or more ({member} is compressed {ratio} to 1): refused as a zip bomb</source>
        <translation>سيتمدد الأرشيف إلى {size} ميغابايت أو أكثر ({member} مضغوط بنسبة {ratio} إلى 1): رُفض بوصفه قنبلة zip</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="41"/>
        <source>this cannot be read as a spreadsheet ({error})</source>
        <translation>تتعذّر قراءته جدولَ بيانات ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="54"/>
        <source>the spreadsheet is damaged ({error})</source>
        <translation>جدول البيانات تالف ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/archives.py" line="131"/>
        <source>the sheet “{sheet}” is empty</source>
        <translation>الورقة «{sheet}» فارغة</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="104"/>
        <source>a date like 2025-03-21 or Mar 21, 2025</source>
        <extracomment>Chinese and Japanese (7月14日, 2025年7月14日) and Korean (7월 14일) dates, as TikTok writes them</extracomment>
        <translation>تاريخًا مثل 2025-03-21 أو Mar 21, 2025</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="152"/>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="161"/>
        <location filename="../../src/planner/exchange/importers/dates.py" line="178"/>
        <source>date &apos;{cell}&apos; is not a date (expected {expected})</source>
        <translation>«{cell}» ليس تاريخًا (المتوقَّع: {expected})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="168"/>
        <source>date &apos;{cell}&apos; is ambiguous (day or month first?): choose a date format</source>
        <translation>التاريخ «{cell}» يحتمل معنيين (اليوم أولًا أم الشهر؟): اختر صيغة التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="172"/>
        <source>date &apos;{cell}&apos; has no year</source>
        <translation>التاريخ «{cell}» بلا سنة</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="174"/>
        <source>date &apos;{cell}&apos; is not a date: its weekday does not match {day}</source>
        <translation>«{cell}» ليس تاريخًا صحيحًا: يوم الأسبوع فيه لا يطابق {day}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="309"/>
        <source>Dates have a time of day and no time zone: each row counts on the day written in the file (the file&apos;s own time zone).</source>
        <translation>في التواريخ ساعة دون منطقة زمنية: يُحسب كل صف لليوم المكتوب في الملف (بتوقيت الملف نفسه).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="313"/>
        <source>Times are in UTC ({offset}): each row counts on its day in UTC.</source>
        <translation>الأوقات بتوقيت UTC ({offset}): يُحسب كل صف ليومه بتوقيت UTC.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/dates.py" line="315"/>
        <source>Times have the offset {offset}: each row counts on its day at that offset, as written in the file.</source>
        <translation>للأوقات فارق {offset}: يُحسب كل صف ليومه بهذا الفارق، كما كُتب في الملف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="42"/>
        <source>Facebook&apos;s post-level export (Page Insights, Export data, Post data) has them.</source>
        <translation>تصدير فيسبوك على مستوى المنشورات (Page Insights، Export data، Post data) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="44"/>
        <source>Facebook&apos;s page-level export (Page Insights, Export data, Page data) has them, one row per day.</source>
        <translation>تصدير فيسبوك على مستوى الصفحة (Page Insights، Export data، Page data) يحتوي عليها، صفًا لكل يوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="79"/>
        <source>Facebook Page Insights, page level (one row per day)</source>
        <translation>Facebook Page Insights، مستوى الصفحة (صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="93"/>
        <source>Empty cells count as 0 (Facebook leaves a breakdown empty when a post has none of it).</source>
        <translation>تُحسب الخانات الفارغة 0 (يترك فيسبوك الخانة فارغة حين لا يكون للمنشور منها شيء).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="96"/>
        <source>Facebook Page Insights, post level (one row per post)</source>
        <translation>Facebook Page Insights، مستوى المنشورات (صف لكل منشور)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="156"/>
        <source>Google Analytics 4 report without sessions or users</source>
        <extracomment>Sources that are social media whose platform cannot be told: Meta&apos;s Audience Network and Messenger, &quot;meta&quot; itself (Facebook or Instagram).</extracomment>
        <translation>تقرير Google Analytics 4 بلا جلسات (Sessions) ولا مستخدمين</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="158"/>
        <source>This Google Analytics 4 report has neither sessions nor users. In Analytics, open Reports, Acquisition, Traffic acquisition, add the Sessions metric (with Date and Session source / medium as dimensions), then download the file again.</source>
        <translation>لا يحتوي تقرير Google Analytics 4 هذا على جلسات ولا مستخدمين. في Analytics افتح Reports ثم Acquisition ثم Traffic acquisition، وأضف مقياس Sessions (مع Date وSession source / medium بُعدَين)، ثم نزّل الملف من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="165"/>
        <source>This report has no Sessions: {column} is taken as the visits, counting people rather than visits (lower when people come back).</source>
        <translation>لا يحتوي هذا التقرير على Sessions: أُخذ {column} بدل الزيارات، وهو يعدّ الأشخاص لا الزيارات (أقل حين يعود الناس).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="175"/>
        <source>Google Analytics 4 report without a Date dimension</source>
        <translation>تقرير Google Analytics 4 بلا بُعد Date</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="177"/>
        <source>This report has no Date dimension and no date range: add Date as a dimension in Analytics and download it again.</source>
        <translation>لا يحتوي هذا التقرير على بُعد Date ولا على نطاق تواريخ: أضف Date بُعدًا في Analytics ونزّله من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="192"/>
        <source>{name} report by date and session source / medium (social media only)</source>
        <translation>تقرير {name} حسب التاريخ ومصدر الجلسة ووسيطها (وسائل التواصل الاجتماعي فقط)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="194"/>
        <source>{name} report by session source / medium for {start} to {end} (social media only, one total)</source>
        <translation>تقرير {name} حسب مصدر الجلسة ووسيطها من {start} إلى {end} (وسائل التواصل الاجتماعي فقط، مجموع واحد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="198"/>
        <source>{name} report by date (all traffic, not only social media)</source>
        <translation>تقرير {name} حسب التاريخ (كل الزيارات، لا وسائل التواصل وحدها)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="200"/>
        <source>{name} report for {start} to {end} (all traffic, one total)</source>
        <translation>تقرير {name} من {start} إلى {end} (كل الزيارات، مجموع واحد)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="203"/>
        <source>The report has no Date dimension: it gives one total for {start} to {end}, dated {end}.</source>
        <translation>لا يحتوي التقرير على بُعد Date: يعطي مجموعًا واحدًا من {start} إلى {end}، بتاريخ {end}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="198"/>
        <source>day</source>
        <extracomment>A period a flow counts in, as a sentence names it (&quot;one figure per {period}&quot;).</extracomment>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="199"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="200"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="249"/>
        <source>not from social media</source>
        <translation>ليست من وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="250"/>
        <source>from social media of no known platform (GA4 cannot tell which)</source>
        <translation>من وسائل التواصل الاجتماعي دون منصة معروفة (لا يستطيع GA4 تحديدها)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="88"/>
        <source>No column of this table is named after {kpi}: choose the date column and the column that holds the figures.</source>
        <translation>لا يحمل أي عمود في هذا الجدول اسم «{kpi}»: اختر عمود التاريخ والعمود الذي فيه الأرقام.</translation>
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
        <translation>بعض النسب في {column} أقل من 1. خانة جدول البيانات التي تعرض 2.25% تحمل 0.0225، فتُقرأ 0.0225%: إن كانت الأرقام أدناه أصغر بمئة مرة، فاكتبها 2.25 في جدول البيانات، أو احفظه بصيغة CSV واستورده.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="232"/>
        <source>{column} &apos;{cell}&apos; is negative, which {kpi} cannot be</source>
        <translation>«{cell}» في {column} سالب، ولا يمكن أن يكون {kpi} سالبًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="236"/>
        <source>{column} &apos;{cell}&apos; is over 100%, which {kpi} cannot be</source>
        <translation>«{cell}» في {column} يتجاوز 100%، ولا يمكن أن يكون {kpi} كذلك</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="245"/>
        <source>&apos;{cell}&apos; is not a platform the planner knows</source>
        <translation>«{cell}» ليست منصة يعرفها المخطِّط</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="260"/>
        <source>Table of your own (sheet {sheet})</source>
        <translation>جدولك الخاص (الورقة {sheet})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="261"/>
        <source>Table of your own</source>
        <translation>جدولك الخاص</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="277"/>
        <source>it has no column “{name}” for the {what}; its columns are {columns}</source>
        <translation>لا عمود فيه باسم «{name}» لـ{what}؛ أعمدته: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="283"/>
        <source>dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="284"/>
        <source>figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="287"/>
        <source>platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="296"/>
        <source>&apos;{platform}&apos; is not a platform the planner knows</source>
        <translation>«{platform}» ليست منصة يعرفها المخطِّط</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="327"/>
        <source>no platform&apos;s layout is recognised, and no column holds dates (columns: {columns})</source>
        <translation>لم يُتعرَّف على تخطيط أي منصة، ولا عمود فيه تواريخ (الأعمدة: {columns})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="330"/>
        <source>no platform&apos;s layout is recognised, and several columns hold dates (columns: {columns})</source>
        <translation>لم يُتعرَّف على تخطيط أي منصة، وفي عدة أعمدة تواريخ (الأعمدة: {columns})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="32"/>
        <source>LinkedIn&apos;s followers export (Page analytics, Followers, Export) has them.</source>
        <translation>تصدير متابعي لينكدإن (Page analytics، Followers، Export) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="34"/>
        <source>LinkedIn&apos;s content export (Page analytics, Content, Export) has them.</source>
        <translation>تصدير محتوى لينكدإن (Page analytics، Content، Export) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="81"/>
        <source>LinkedIn Page content metrics (sheet {sheet}, one row per day)</source>
        <translation>مقاييس محتوى صفحة لينكدإن (الورقة {sheet}، صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="111"/>
        <source>LinkedIn Page followers (sheet {sheet}, one row per day)</source>
        <translation>متابعو صفحة لينكدإن (الورقة {sheet}، صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="102"/>
        <source>its Total followers column is each day&apos;s new followers (the sum of the sources), not the number of followers, and LinkedIn gives no unfollows to rebuild that number from. Use a New followers goal, or type the figures.</source>
        <translation>عموده Total followers هو المتابعون الجدد لكل يوم (مجموع المصادر)، لا عدد المتابعين، ولا يعطي لينكدإن إلغاءات المتابعة لإعادة بناء ذلك العدد. استخدم هدف «المتابعون الجدد»، أو اكتب الأرقام بنفسك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/linkedin.py" line="108"/>
        <source>LinkedIn counts new followers, not unfollows: net new followers are lower by the unfollows.</source>
        <translation>يعدّ لينكدإن المتابعين الجدد دون إلغاءات المتابعة: صافي المتابعين الجدد أقل بقدر الإلغاءات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/messages.py" line="206"/>
        <source>nothing the planner tracks</source>
        <translation>لا شيء مما يتابعه المخطِّط</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="46"/>
        <source>Meta Business Suite&apos;s daily files (Insights, Export data, one metric a day) have them.</source>
        <translation>ملفات Meta Business Suite اليومية (Insights، Export data، مقياس واحد لكل يوم) تحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="67"/>
        <source>Meta Business Suite Instagram posts (one row per post, by publish time)</source>
        <translation>منشورات إنستغرام في Meta Business Suite (صف لكل منشور، حسب وقت النشر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="71"/>
        <source>Meta Business Suite Facebook posts (one row per post, by publish time)</source>
        <translation>منشورات فيسبوك في Meta Business Suite (صف لكل منشور، حسب وقت النشر)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="80"/>
        <source>Empty metric cells count as 0 (Meta leaves them empty when a post has none).</source>
        <translation>تُحسب خانات المقاييس الفارغة 0 (تتركها ميتا فارغة حين لا يكون للمنشور منها شيء).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="82"/>
        <source>Publish times have no time zone: each post counts on the day written in the file.</source>
        <translation>أوقات النشر بلا منطقة زمنية: يُحسب كل منشور لليوم المكتوب في الملف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="104"/>
        <source>Meta writes each day with an hour (00:00 or 01:00, moving with daylight saving time): each row counts on the day written.</source>
        <translation>تكتب ميتا كل يوم مع ساعة (00:00 أو 01:00، تتغيّر مع التوقيت الصيفي): يُحسب كل صف لليوم المكتوب.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="109"/>
        <source>Meta counts new follows in this file, not unfollows: net new followers are lower by the day&apos;s unfollows.</source>
        <translation>تعدّ ميتا في هذا الملف المتابعات الجديدة دون إلغاءاتها: صافي المتابعين الجدد أقل بقدر إلغاءات ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="112"/>
        <source>it has the day&apos;s new follows, not the number of followers, and no unfollows to rebuild that number from. Use a New followers goal, or type the figures.</source>
        <translation>فيه المتابعات الجديدة لكل يوم، لا عدد المتابعين، ولا إلغاءات متابعة لإعادة بناء ذلك العدد. استخدم هدف «المتابعون الجدد»، أو اكتب الأرقام بنفسك.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="116"/>
        <source>the metric “{title}” is not one the planner tracks.</source>
        <translation>المقياس «{title}» ليس مما يتابعه المخطِّط.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="119"/>
        <source>Meta Business Suite daily metric ({title})</source>
        <translation>مقياس يومي من Meta Business Suite ({title})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="53"/>
        <source>{sheet} row {row}: {reason}</source>
        <translation>{sheet} الصف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="55"/>
        <location filename="../../src/planner/exchange/paste.py" line="39"/>
        <source>row {row}: {reason}</source>
        <translation>الصف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="211"/>
        <source>It has figures of {kpis}.</source>
        <extracomment>The file counts new follows without unfollows: its changes are not net, so no totals from them.</extracomment>
        <translation>فيه أرقام: {kpis}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="213"/>
        <source>This file has no figures of {kpi}: {hint} {has}</source>
        <translation>لا يحتوي هذا الملف على أرقام «{kpi}»: {hint} {has}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/model.py" line="215"/>
        <source>This file has no figures of {kpi}. {has}</source>
        <translation>لا يحتوي هذا الملف على أرقام «{kpi}». {has}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="32"/>
        <source>{column} &apos;{cell}&apos; is not a number</source>
        <translation>«{cell}» في {column} ليس عددًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="33"/>
        <source>{column} &apos;{cell}&apos; is not a number (a spreadsheet may have turned it into a date)</source>
        <translation>«{cell}» في {column} ليس عددًا (ربما حوّله جدول البيانات إلى تاريخ)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="35"/>
        <source>{column} &apos;{cell}&apos; is not a finite number</source>
        <translation>«{cell}» في {column} ليس عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="36"/>
        <source>{column} &apos;{cell}&apos; is not a figure</source>
        <translation>«{cell}» في {column} ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/numbers.py" line="37"/>
        <source>{column} is empty</source>
        <translation>{column} فارغ</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="70"/>
        <source>{rate}, weighted by {weight}</source>
        <translation>{rate}، مرجَّحًا بـ{weight}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="186"/>
        <source>a line of text below or between the figures</source>
        <extracomment>A row check: None to use the row, or the Skipped or Rejected item it becomes.</extracomment>
        <translation>سطر نصي تحت الأرقام أو بينها</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="205"/>
        <source>from {platform}, which the goal is not on</source>
        <translation>من {platform}، ولا يشملها الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="226"/>
        <source>{column} &apos;{cell}&apos; is negative, which this figure cannot be</source>
        <translation>«{cell}» في {column} سالب، ولا يمكن أن يكون هذا الرقم سالبًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="237"/>
        <source>{column} is 0 while {other} is {value}, which cannot be: the platform did not count it</source>
        <translation>{column} يساوي 0 بينما {other} يساوي {value}، وهذا غير ممكن: لم تعدّه المنصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="244"/>
        <source>{problem} ({day} left out: its total would be incomplete)</source>
        <translation>{problem} (استُبعد {day}: كان مجموعه سيكون ناقصًا)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="258"/>
        <source>{day} appears again (first in row {first}); left out</source>
        <translation>تكرّر {day} (أول مرة في الصف {first})؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="263"/>
        <source>{column} is 0 on every post while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} يساوي 0 في كل المنشورات بينما {other} ليس كذلك: أغفلت المنصة {column} من هذا الملف. صدّره لاحقًا من جديد، أو استورد {other} بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="266"/>
        <source>{column} is 0 on every day while {other} is not: the platform left {column} out of this file. Export it again later, or import {other} instead.</source>
        <translation>{column} يساوي 0 في كل الأيام بينما {other} ليس كذلك: أغفلت المنصة {column} من هذا الملف. صدّره لاحقًا من جديد، أو استورد {other} بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="270"/>
        <source>{column} is below 0 on {days} (more deleted than added that day): counted net, and a day&apos;s total is never below 0.</source>
        <translation>{column} أقل من 0 في {days} (حُذف ذلك اليوم أكثر مما أُضيف): حُسب صافيًا، ولا يقل مجموع يومٍ عن 0.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="309"/>
        <source>{kpi} cannot be worked out for {day}: {columns} is 0</source>
        <translation>لا يمكن حساب «{kpi}» ليوم {day}: {columns} يساوي 0</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="317"/>
        <source>{kpi} is {value}% on {day}, over 100%; left out</source>
        <translation>{kpi} يساوي {value}% في {day}، أي أكثر من 100%؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="326"/>
        <source>On {days} the parts add up to less than 0: counted as 0.</source>
        <translation>في {days} مجموع الأجزاء أقل من 0: حُسب 0.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="347"/>
        <source>{column} is 0 while it is above 0 on other days: not a real count; left out</source>
        <translation>{column} يساوي 0 بينما يزيد على 0 في أيام أخرى: ليس عدًّا حقيقيًا؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/columns.py" line="50"/>
        <source>it has a header but no rows of figures</source>
        <translation>فيه رأس جدول دون صفوف أرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="44"/>
        <source>this is binary data, not a table of figures (it contains NUL bytes)</source>
        <translation>هذه بيانات ثنائية، لا جدول أرقام (فيها بايتات NUL)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="55"/>
        <source>the text encoding cannot be recognised (not UTF-8, UTF-16 or a Windows code page)</source>
        <translation>تعذّر التعرّف على ترميز النص (ليس UTF-8 ولا UTF-16 ولا صفحة رموز ويندوز)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="104"/>
        <source>a row cannot be read ({error})</source>
        <translation>تتعذّر قراءة صف ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="119"/>
        <location filename="../../src/planner/exchange/importers/text.py" line="226"/>
        <source>row {row} cannot be read ({error})</source>
        <translation>تتعذّر قراءة الصف {row} ({error})</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="145"/>
        <source>line {line} is longer than {size} MB (millions of characters): this is not a table of figures</source>
        <extracomment>A physical line longer than this is not a row of figures: refused before csv splits it (a 50 MB line of commas would otherwise become a list of 50 million fields).</extracomment>
        <translation>السطر {line} أطول من {size} ميغابايت (ملايين المحارف): هذا ليس جدول أرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="232"/>
        <source>no complete row in the first {size} KB (a line is longer than that): this is not a table of figures</source>
        <translation>لا صف كاملًا في أول {size} كيلوبايت (سطرٌ أطول من ذلك): هذا ليس جدول أرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/text.py" line="236"/>
        <source>a row has more than {columns} columns: this is not a table of figures</source>
        <translation>في صفٍّ أكثر من {columns} عمود: هذا ليس جدول أرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="39"/>
        <source>TikTok&apos;s FollowerHistory file (TikTok Studio, Analytics, Followers, Download data) has them.</source>
        <translation>ملف FollowerHistory في تيك توك (TikTok Studio، Analytics، Followers، Download data) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="41"/>
        <source>TikTok&apos;s Overview file (TikTok Studio, Analytics, Overview, Download data) has them.</source>
        <translation>ملف Overview في تيك توك (TikTok Studio، Analytics، Overview، Download data) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="49"/>
        <source>TikTok Studio content (one row per video)</source>
        <translation>محتوى TikTok Studio (صف لكل فيديو)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="50"/>
        <source>This is TikTok&apos;s per-video Content file: each row is one video&apos;s figures since it was posted, so it has no daily figures. Export Overview or FollowerHistory instead (TikTok Studio, Analytics, Download data).</source>
        <translation>هذا ملف Content في تيك توك، صف لكل فيديو: كل صف أرقام فيديو منذ نشره، فلا أرقام يومية فيه. صدّر Overview أو FollowerHistory بدلًا منه (TikTok Studio، Analytics، Download data).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="55"/>
        <source>TikTok Studio overview (one row per day)</source>
        <translation>نظرة عامة من TikTok Studio (صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="58"/>
        <source>TikTok Studio follower history (one row per day)</source>
        <translation>سجل المتابعين من TikTok Studio (صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/tiktok.py" line="104"/>
        <source>TikTok writes dates without a year: the last row is taken as {last}, the latest such day up to {saved} (the day the file was saved), and earlier rows are counted back from it.</source>
        <translation>يكتب تيك توك التواريخ بلا سنة: اعتُبر الصف الأخير {last}، أي آخر يوم كهذا حتى {saved} (يوم حفظ الملف)، وعُدّت الصفوف السابقة رجوعًا منه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="47"/>
        <source>X&apos;s exports have no follower count, only New follows and Unfollows. The account overview gives the day&apos;s change (New followers); type how many followers you have on one day, and the planner rebuilds the totals from the changes.</source>
        <translation>لا تحتوي تصديرات X على عدد المتابعين، بل على New follows وUnfollows فقط. تعطي النظرة العامة للحساب التغيّر اليومي (المتابعون الجدد)؛ اكتب عدد متابعيك في يوم واحد، فيعيد المخطِّط بناء المجاميع من التغيّرات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="51"/>
        <source>X&apos;s account overview (Analytics, Overview, Export data) has them, one row per day.</source>
        <translation>النظرة العامة لحساب X (Analytics، Overview، Export data) تحتوي عليها، صفًا لكل يوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="53"/>
        <source>X&apos;s account content export (Analytics, Content, Export data) has them.</source>
        <translation>تصدير محتوى حساب X (Analytics، Content، Export data) يحتوي عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="61"/>
        <source>X/Twitter tweet activity (legacy, one row per tweet)</source>
        <translation>نشاط التغريدات في X/Twitter (القديم، صف لكل تغريدة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="69"/>
        <source>a link ending in status/undefined is not a post</source>
        <translation>الرابط المنتهي بـ status/undefined ليس منشورًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="75"/>
        <source>X/Twitter account content (2024+, one row per post)</source>
        <translation>محتوى حساب X/Twitter (منذ 2024، صف لكل منشور)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/x_twitter.py" line="79"/>
        <source>X/Twitter account overview (2024+, one row per day)</source>
        <translation>النظرة العامة لحساب X/Twitter (منذ 2024، صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="55"/>
        <source>This is YouTube Studio&apos;s per-video Table data: each row is one video&apos;s figures over the whole period, dated by its publish day, so it has no figures per day. In Studio (Analytics, Advanced mode) export Chart data or Totals, or import the whole Studio zip that holds them.</source>
        <extracomment>Columns a Totals file holds besides the date: every one is a Studio metric.</extracomment>
        <translation>هذا Table data من YouTube Studio، صف لكل فيديو: كل صف أرقام فيديو طوال المدة، مؤرَّخ بيوم نشره، فلا أرقام يومية فيه. في Studio (Analytics، Advanced mode) صدّر Chart data أو Totals، أو استورد ملف zip الذي ينزّله Studio كاملًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="59"/>
        <source>Studio&apos;s Subscribers are the day&apos;s net change, not the number of subscribers: a New followers goal takes them, or type how many subscribers you have on one day and the planner rebuilds the totals.</source>
        <translation>Subscribers في Studio هو صافي تغيّر اليوم، لا عدد المشتركين: يقبله هدف «المتابعون الجدد»، أو اكتب عدد مشتركيك في يوم واحد فيعيد المخطِّط بناء المجاميع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="62"/>
        <source>Studio exports one metric at a time: choose {kpi} as the chart&apos;s metric in Advanced mode and export again.</source>
        <translation>يصدّر Studio مقياسًا واحدًا في كل مرة: اختر «{kpi}» مقياسًا للرسم في Advanced mode وصدّر من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="79"/>
        <source>YouTube Studio totals (one row per day)</source>
        <translation>Totals من YouTube Studio (صف لكل يوم)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="82"/>
        <source>YouTube Studio chart data (one row per day and video)</source>
        <translation>Chart data من YouTube Studio (صف لكل يوم وفيديو)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="84"/>
        <source>YouTube Studio table data (one row per video, over the whole period)</source>
        <translation>Table data من YouTube Studio (صف لكل فيديو، طوال المدة)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="97"/>
        <source>the Total row (the sum of the other rows)</source>
        <translation>صف Total (مجموع الصفوف الأخرى)</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="112"/>
        <source>Each day adds up the rows of its videos.</source>
        <translation>يجمع كل يوم صفوف فيديوهاته.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/youtube.py" line="127"/>
        <source>YouTube Studio export (zip: {files})</source>
        <translation>تصدير YouTube Studio (zip: {files})</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/import_texts.py" line="57"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="53"/>
        <source>a date and a value separated by a tab are needed</source>
        <translation>يلزم تاريخ وقيمة يفصل بينهما Tab</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="65"/>
        <source>&apos;{cell}&apos; is not a number</source>
        <translation>«{cell}» ليس عددًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="69"/>
        <source>the value {cell} {problem}</source>
        <translation>القيمة {cell}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/rebuilt_totals.py" line="96"/>
        <source>Followers rebuilt from your count of {count} on {day} and the file&apos;s daily changes ({recipe}): {days}, {first} to {last}.</source>
        <translation>أُعيد بناء المتابعين من عددك {count} في {day} ومن تغيّرات الملف اليومية ({recipe}): {days}، من {first} إلى {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="37"/>
        <source>{rows} ({where}): {reason}</source>
        <translation>{rows} ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="42"/>
        <source>… and {rows} left out</source>
        <translation>… واستُبعد {rows}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="49"/>
        <source>{rows} skipped: {why}</source>
        <translation>تُخطّي {rows}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/import_lines.py" line="55"/>
        <source>The file has figures of {theirs}, and this goal is on {yours}: {figures} would count toward a platform the goal does not have.</source>
        <translation>في الملف أرقام {theirs}، وهذا الهدف على {yours}: كانت ستُحسب {figures} لمنصة لا يشملها الهدف.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="46"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. The page-level export has the reach of each week (Weekly Total Reach).</source>
        <translation>لا يمكن جمع وصول المنشورات منفردةً، لأن من وصله منشوران يُعدّ مرتين. تصدير مستوى الصفحة يحتوي على وصول كل أسبوع (Weekly Total Reach).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/facebook.py" line="52"/>
        <source>Facebook&apos;s page-level export has the reach of each week in its Weekly Total Reach column: export the page data with that column.</source>
        <extracomment>Facebook counts the people reached over 1, 7 and 28 days itself; &quot;Weekly Total Reach&quot; on a day is the reach of the 7 days up to it (Facebook&apos;s Page Insights definitions of page_impressions_unique).</extracomment>
        <translation>تصدير فيسبوك على مستوى الصفحة يحتوي على وصول كل أسبوع في عمود Weekly Total Reach: صدِّر بيانات الصفحة مع هذا العمود.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/ga4.py" line="239"/>
        <source>the report sums {days} ({start} to {end}) with no Date dimension, and {kpi} counts per {period}. Download it for one {period}, or add Date as a dimension.</source>
        <translation>يجمع التقرير {days} ({start} إلى {end}) بلا بُعد Date، و{kpi} يُعدّ لكل {period}. نزّله لـ{period} واحد، أو أضف Date بُعدًا.</translation>
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
        <translation>في الصف {found}، والمطلوب {needed}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/generic.py" line="269"/>
        <source>no layout is recognised, and its header has {columns}: this is not a table of figures</source>
        <translation>لم يُتعرَّف على أي تخطيط، وفي رأسه {columns}: هذا ليس جدول أرقام</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="48"/>
        <source>the reach of single posts cannot be added up, since people reached by two posts are counted twice. Type each week&apos;s reach as Meta Business Suite shows it with that week as the date range.</source>
        <translation>لا يمكن جمع وصول المنشورات منفردةً، لأن من وصله منشوران يُعدّ مرتين. اكتب وصول كل أسبوع كما يعرضه Meta Business Suite حين تختار ذلك الأسبوع نطاقًا زمنيًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/meta_suite.py" line="51"/>
        <source>This file has each day&apos;s reach. Facebook&apos;s page-level export has the reach of each week (Weekly Total Reach); for Instagram, type each week&apos;s reach as Meta Business Suite shows it with that week as the date range.</source>
        <translation>يحتوي هذا الملف على وصول كل يوم. تصدير فيسبوك على مستوى الصفحة يحتوي على وصول كل أسبوع (Weekly Total Reach)؛ أما لإنستغرام فاكتب وصول كل أسبوع كما يعرضه Meta Business Suite حين تختار ذلك الأسبوع نطاقًا زمنيًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="188"/>
        <source>not a row of figures ({found}, {needed} needed): {text}</source>
        <translation>ليس صف أرقام ({found}، والمطلوب {needed}): {text}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="276"/>
        <source>{posts} rolled into {days}: each post&apos;s lifetime figures count on its publish day, and the posts of a day are added up.</source>
        <translation>جُمعت {posts} في {days}: تُحسب أرقام كل منشور طوال عمره ليوم نشره، وتُجمع منشورات اليوم الواحد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/importers/rollup.py" line="352"/>
        <source>{column} is 0 for {days} before {day}, then {value}: the platform had not counted yet, so they are left out.</source>
        <translation>{column} يساوي 0 خلال {days} قبل {day}، ثم {value}: لم تكن المنصة قد بدأت العدّ، فاستُبعدت.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/paste.py" line="80"/>
        <source>the note is longer than {limit}</source>
        <translation>الملاحظة أطول من {limit}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="84"/>
        <source>Each figure of {kpi} in this file covers the {days} up to its date, and the goal counts per {period}: they do not fit.</source>
        <extracomment>Periods left out are said one by one up to this many; more in one line. The shortest and longest calendar month: a table of the owner&apos;s with one figure a month is spaced so.</extracomment>
        <translation>كل رقم من {kpi} في هذا الملف يغطي {days} حتى تاريخه، والهدف يَعُدّ لكل {period}: لا يتطابقان.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="96"/>
        <source>Import a file with one figure per {period}, each dated on the last day of its {period}, or type each {period}&apos;s figure in the figures table.</source>
        <translation>استورد ملفًا فيه رقم واحد لكل {period}، مؤرَّخ بآخر يوم من {period}ه، أو اكتب رقم كل {period} في جدول الأرقام.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="99"/>
        <source>{kpi} cannot be added up from daily figures. {why} {way}</source>
        <translation>لا يمكن جمع {kpi} من أرقام يومية. {why} {way}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="151"/>
        <source>The table has one date for each platform: it cannot show whether its figures are a day&apos;s amounts or a {period}&apos;s. Type them in the figures table, dated on the last day of their {period}.</source>
        <translation>في الجدول تاريخ واحد لكل منصة: لا يُعرف منه إن كانت أرقامه مقادير يوم أم {period}. اكتبها في جدول الأرقام، وأرّخ كلًّا منها بآخر يوم في {period}ه.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="174"/>
        <source>No {period} of the goal is whole in this file, so there is no {period}&apos;s total to store (the notes say what each one lacks). Export a date range that holds at least one whole {period} of the goal, such as {span}.</source>
        <translation>لا يضم هذا الملف أي {period} كامل من فترات الهدف، فلا يوجد مجموع {period} يمكن حفظه (توضح الملاحظات ما ينقص كلًّا منها). صدِّر نطاقًا زمنيًا يشمل {period}ًا كاملًا واحدًا على الأقل من فترات الهدف، مثل {span}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="179"/>
        <source>None of the figures in this file is the figure of a {period} of the goal that is over (the notes say why). Import again once a {period} is over, or export one that is, such as {span}.</source>
        <translation>لا يمثّل أيٌّ من أرقام هذا الملف رقمَ {period} منتهٍ من فترات الهدف (توضح الملاحظات السبب). استورد مجددًا بعد انتهاء {period}، أو صدِّر فترةً منتهية، مثل {span}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="265"/>
        <source>The dates of this table are not one {period} apart, so its figures are taken as each day&apos;s amount and added up. If each is already a {period}&apos;s total, give them dates one {period} apart (the last day of each).</source>
        <translation>لا تفصل بين تواريخ هذا الجدول مدة {period} واحد، لذا تُعدّ أرقامه مقادير أيام وتُجمع. إن كان كل رقم مجموع {period} كامل، فأرّخ الأرقام بحيث يفصل بينها {period} واحد (آخر يوم من كلٍّ منها).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="271"/>
        <source>{rows} without a readable date are left out: the {period} they belong to may be short by their figures.</source>
        <translation>استُبعد {rows} بلا تاريخ مقروء: قد ينقص {period} الهدف الذي تنتمي إليه بقدر أرقامها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="313"/>
        <source>{figures} added up into {periods} for {platforms}: each is the total of one of the goal&apos;s months (30 or 31 days, counted from its start on {start}) and is dated on the month&apos;s last day.</source>
        <translation>جُمعت {figures} من {platforms} في {periods}: كلٌّ منها مجموع شهر من أشهر الهدف (30 أو 31 يومًا، تُعدّ من بدايته في {start}) ومؤرَّخ بآخر يوم من الشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="318"/>
        <source>{figures} added up into {periods} for {platforms}: each is the total of one of the goal&apos;s weeks (seven days from the weekday of its start, {start}) and is dated on the week&apos;s last day.</source>
        <translation>جُمعت {figures} من {platforms} في {periods}: كلٌّ منها مجموع أسبوع من أسابيع الهدف (سبعة أيام تبدأ من يوم الأسبوع الذي بدأ فيه، {start}) ومؤرَّخ بآخر يوم من الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="392"/>
        <source>{figures}, one per {period}: stored as they are, each on the last day of the goal&apos;s {period} that holds its date ({day} is stored on {end}).</source>
        <translation>{figures}، رقم لكل {period}: حُفظت كما هي، كلٌّ منها في آخر يوم من {period} الهدف الذي يقع فيه تاريخه (يُحفظ {day} في {end}).</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="398"/>
        <source>{figures}, one per {period}, each on the last day of a {period} of the goal: stored as they are.</source>
        <translation>{figures}، رقم لكل {period}، كلٌّ منها في آخر يوم من {period} من فترات الهدف: حُفظت كما هي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="333"/>
        <source>The {period} of {span} is not complete ({days} of {total}): left out; import again after {last}.</source>
        <translation>{period} {span} غير مكتمل ({days} من {total}): استُبعد؛ استورد مجددًا بعد {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="338"/>
        <source>The {period} of {span} is left out: a row of {day} was left out (see the rows left out), so its total would be incomplete.</source>
        <translation>استُبعد {period} {span}: استُبعد صف من يوم {day} (انظر الصفوف المستبعدة)، فسيكون مجموعه ناقصًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="343"/>
        <source>The {period} of {span} is not complete ({days} of {total} in the file): left out.</source>
        <translation>{period} {span} غير مكتمل ({days} من {total} في الملف): استُبعد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="347"/>
        <source>{periods} are not complete (days are missing) and are left out, the first {first}, the last {last}.</source>
        <translation>{periods} غير مكتملة (تنقصها أيام) واستُبعدت، أولها {first} وآخرها {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="376"/>
        <source>{days} are in the same {period} of the goal, {span}: neither is its figure, so both are left out.</source>
        <translation>يقع {days} في {period} واحد من الهدف، {span}: ليس أيٌّ منها رقمَه، فاستُبعدت جميعًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="383"/>
        <source>A figure of the {period} of {span} is left out: that {period} of the goal is not over; import again after {last}.</source>
        <translation>استُبعد رقم {period} {span}: لم ينتهِ {period} الهدف ذاك بعد؛ استورد مجددًا بعد {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="415"/>
        <source>{recipe}: each day&apos;s figure counts the people of the {days} up to it, so the figure on the last day of each {period} of the goal is stored: {periods} from {figures}.</source>
        <translation>{recipe}: رقم كل يوم يعدّ أشخاص {days} حتى ذلك اليوم، لذا يُحفظ الرقم الذي في آخر يوم من كل {period} من فترات الهدف: {periods} من {figures}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="425"/>
        <source>The {period} of {span} is not over: left out; import again after {last}.</source>
        <translation>لم ينتهِ {period} {span} بعد: استُبعد؛ استورد مجددًا بعد {last}.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/per_period.py" line="428"/>
        <source>The {period} of {span} is left out: the file has no figure for {last}, its last day.</source>
        <translation>استُبعد {period} {span}: ليس في الملف رقم لـ{last}، آخر أيامه.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="248"/>
        <source>must be a finite number</source>
        <extracomment>followers (or subscribers) when the goal was set: the account&apos;s size, for KPIs judged by size band the KPI&apos;s definition changed since the goal was made (a plan from before &quot;ctr&quot; meant organic link CTR): the owner has to confirm it once, in the goal&apos;s edit the plan&apos;s seasons: they bend the target line and the forecast (``seasons``); not stored with the goal but with the plan, and given to every goal the plan holds when it is read No social-media figure comes near this (it is 125 times the world&apos;s population); above it, sums and fits of the figures lose their precision or overflow.</extracomment>
        <translation>يجب أن تكون رقمًا محددًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="250"/>
        <source>cannot be negative</source>
        <translation>لا يمكن أن تكون سالبة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="252"/>
        <source>is too large to be a real figure</source>
        <translation>أكبر من أن تكون رقمًا حقيقيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="254"/>
        <source>a percentage cannot be over 100</source>
        <translation>النسبة المئوية لا يمكن أن تتجاوز 100</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="111"/>
        <source>must be between 2000-01-01 and 2100-12-31</source>
        <translation>يجب أن يقع بين 2000-01-01 و2100-12-31</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/goals.py" line="256"/>
        <source>a star rating cannot be over 5</source>
        <translation>لا يمكن أن يتجاوز التقييم بالنجوم 5</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/planner/report/content.py" line="198"/>
        <source>Your business</source>
        <extracomment>The chart&apos;s share of the body&apos;s width; the goal&apos;s details stand beside it. The summary&apos;s picture strip: the brand colour&apos;s band, and the logo (at most this tall) at the start side.</extracomment>
        <translation>نشاطك التجاري</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="204"/>
        <location filename="../../src/planner/report/pdf_report.py" line="199"/>
        <source>Social media goals: summary</source>
        <translation>أهداف التواصل الاجتماعي: ملخص</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="206"/>
        <source>Period covered: %1 to %2</source>
        <translation>الفترة المشمولة: من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="208"/>
        <source>Made on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="210"/>
        <source>Goals in this report: %1</source>
        <translation>الأهداف في هذا التقرير: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="219"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="221"/>
        <source>Forecast at the deadline</source>
        <translation>التوقع عند الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="222"/>
        <source>Change since the previous period</source>
        <translation>التغير منذ الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="228"/>
        <source>%1 (target %2)</source>
        <translation>%1 (المستهدف %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="246"/>
        <source>no earlier figure</source>
        <translation>لا رقم سابق</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="251"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="253"/>
        <source>better</source>
        <translation>أفضل</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="253"/>
        <source>worse</source>
        <translation>أسوأ</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="254"/>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="280"/>
        <source>Objective</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="281"/>
        <source>KPI</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="283"/>
        <source>Baseline</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="220"/>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="284"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="223"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="220"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="268"/>
        <source>ages %1–%2</source>
        <translation>الأعمار من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="274"/>
        <source>anyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="282"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="285"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="289"/>
        <source>Serves</source>
        <translation>يخدم</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="290"/>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="292"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="294"/>
        <source>Time a week</source>
        <translation>الوقت في الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="324"/>
        <source>Nothing to warn about: this goal looks realistic.</source>
        <translation>لا شيء يستدعي التنبيه: يبدو هذا الهدف واقعيًا.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="333"/>
        <source>What to do: </source>
        <translation>ما العمل: </translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="340"/>
        <source>Suggested target</source>
        <translation>القيمة المستهدفة المقترحة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="348"/>
        <source>Latest figures (%1 of %2)</source>
        <translation>آخر الأرقام (%1 من %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="351"/>
        <source>No figures yet.</source>
        <translation>لا أرقام بعد.</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="360"/>
        <location filename="../../src/planner/report/content.py" line="377"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="360"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="361"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="361"/>
        <location filename="../../src/planner/report/content.py" line="379"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="398"/>
        <source> (archived)</source>
        <extracomment>What a goal&apos;s section is made of, in order: each part makes its blocks from the goal&apos;s facts. A new part (as the latest check-ins were) is one function added here.</extracomment>
        <translation> (مؤرشف)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="454"/>
        <source>no figures yet</source>
        <translation>لا أرقام بعد</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="455"/>
        <source>%1 of the way · latest %2 on %3</source>
        <translation>أُنجز %1 · آخر رقم %2 في %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="61"/>
        <source>There is no goal %1 in this plan</source>
        <extracomment>Where paper is Letter rather than A4.</extracomment>
        <translation>لا يوجد هدف %1 في هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="104"/>
        <source>Unknown page size %1 (use A4 or Letter)</source>
        <translation>حجم صفحة غير معروف: %1 (استخدم A4 أو Letter)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="122"/>
        <source>The plan has no goals to report</source>
        <translation>لا تحتوي الخطة على أهداف لإعداد تقرير عنها</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="203"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/pdf_report.py" line="239"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="219"/>
        <source>Verdict</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="285"/>
        <source>%1 to %2 (%3)</source>
        <translation>من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="372"/>
        <source>Check-ins (%1 of %2)</source>
        <extracomment>Check-ins a goal&apos;s section lists: the newest, so the report tells the latest part of the story.</extracomment>
        <translation>المراجعات (%1 من %2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/report/content.py" line="378"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/planner/domain/review.py" line="65"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="66"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="67"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="68"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="69"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="70"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/review.py" line="71"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
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
        <translation>مجموع الفترة %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="43"/>
        <source>The figure today, %1</source>
        <translation>رقم اليوم، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="50"/>
        <source>no figure then</source>
        <translation>لا رقم آنذاك</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="63"/>
        <source>Period over period: the last complete period has no figure yet.</source>
        <translation>مقارنة الفترات: لا رقم بعد لآخر فترة مكتملة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="68"/>
        <source>This week (%1): %2</source>
        <translation>هذا الأسبوع (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="69"/>
        <source>This month (%1): %2</source>
        <translation>هذا الشهر (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="71"/>
        <source>Against the week before: %1</source>
        <translation>مقارنةً بالأسبوع السابق: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="72"/>
        <source>Against the month before: %1</source>
        <translation>مقارنةً بالشهر السابق: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="73"/>
        <source>Against the same week a year before: %1</source>
        <translation>مقارنةً بالأسبوع نفسه قبل عام: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="74"/>
        <source>Against the same month a year before: %1</source>
        <translation>مقارنةً بالشهر نفسه قبل عام: %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/review_view.py" line="85"/>
        <source>confidence %1 of %2</source>
        <translation>الثقة %1 من %2</translation>
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
        <translation>مخبز نور</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="104"/>
        <location filename="../../src/planner/domain/sample.py" line="291"/>
        <source>Amman</source>
        <translation>عمّان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="110"/>
        <source>Grow Instagram followers to 1,900</source>
        <translation>زيادة متابعي إنستغرام إلى ١٬٩٠٠</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="112"/>
        <source>Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake four times a week, within ten months.</source>
        <translation>رفع عدد متابعينا على إنستغرام من ١٬٢٠٠ إلى ١٬٩٠٠ بنشر مقاطع ريلز لخَبز الصباح أربع مرات أسبوعيًا، خلال عشرة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="126"/>
        <source>Be the bakery people in the neighbourhood think of first</source>
        <translation>أن نكون المخبز الذي يخطر أولًا على بال أهل الحي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="88"/>
        <source>Ramadan Reels series started</source>
        <translation>بدء سلسلة ريلز رمضان</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="86"/>
        <source>Collaboration with a local food blogger</source>
        <translation>تعاون مع مدوّن طعام محلي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="147"/>
        <source>Website visits from social: 200 a week</source>
        <translation>زيارات الموقع من مواقع التواصل: ٢٠٠ أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="162"/>
        <source>Take more pre-orders online</source>
        <translation>تلقي مزيد من الطلبات المسبقة عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="176"/>
        <source>Boosted a post: 40 USD</source>
        <translation>ترويج منشور: ٤٠ دولارًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="183"/>
        <source>TikTok: 50,000 followers in four months</source>
        <translation>تيك توك: ٥٠٬٠٠٠ متابع في أربعة أشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="185"/>
        <source>Reach 50,000 TikTok followers in four months with behind-the-counter videos.</source>
        <translation>الوصول إلى ٥٠٬٠٠٠ متابع على تيك توك في أربعة أشهر بمقاطع من خلف الكاونتر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="195"/>
        <source>Become known beyond our neighbourhood</source>
        <translation>أن نُعرف خارج حيّنا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="209"/>
        <source>Facebook: 5% of people reached engage</source>
        <translation>فيسبوك: تفاعل ٥٪ ممن نصل إليهم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="211"/>
        <source>Raise the share of people reached on our Facebook page who like, comment or share from 3.5% to 5% in six months by asking a question in every post.</source>
        <translation>رفع نسبة من نصل إليهم على صفحتنا في فيسبوك ممن يعجبون أو يعلّقون أو يشاركون من ٣٫٥٪ إلى ٥٪ خلال ستة أشهر بطرح سؤال في كل منشور.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="224"/>
        <source>Regulars who talk about us</source>
        <translation>زبائن دائمون يتحدثون عنا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="243"/>
        <source>Answer messages within 4 hours</source>
        <translation>الرد على الرسائل خلال ٤ ساعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="245"/>
        <source>Cut our first response time on Facebook and X messages from 12 hours to 4 hours within five months.</source>
        <translation>خفض زمن الرد الأول على رسائل فيسبوك وX من ١٢ ساعة إلى ٤ ساعات خلال خمسة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="257"/>
        <source>Customers get answers before they give up</source>
        <translation>أن يحصل العملاء على إجابات قبل أن يملّوا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="274"/>
        <source>40 catering leads a month from Facebook</source>
        <translation>٤٠ طلب ضيافة شهريًا من فيسبوك</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="289"/>
        <source>Grow the catering side of the business</source>
        <translation>تنمية قسم الضيافة في عملنا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="305"/>
        <source>Lead form ad: 100 USD</source>
        <translation>إعلان نموذج عملاء محتملين: ١٠٠ دولار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="90"/>
        <source>Reels of the morning bake started</source>
        <translation>بدء مقاطع ريلز لخَبز الصباح</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="149"/>
        <source>Bring 200 visits a week from Facebook and Instagram to our order page within eight months, up from 80.</source>
        <translation>جلب ٢٠٠ زيارة أسبوعيًا من فيسبوك وإنستغرام إلى صفحة الطلب خلال ثمانية أشهر، بدلًا من ٨٠.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/sample.py" line="276"/>
        <source>Collect 40 catering enquiries a month through the Facebook lead form within nine months, up from 15.</source>
        <translation>جمع ٤٠ استفسارًا شهريًا عن الضيافة عبر نموذج العملاء المحتملين في فيسبوك خلال تسعة أشهر، بدلًا من ١٥.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="40"/>
        <source>Weekly review: {plan}</source>
        <translation>المراجعة الأسبوعية: {plan}</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="41"/>
        <source>Time to check in on your goals in {app}: Goal &gt; Check in.</source>
        <translation>حان وقت مراجعة أهدافك في {app}: الهدف &gt; المراجعة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="42"/>
        <source>{goal}: the figure of each week</source>
        <translation>{goal}: رقم كل أسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="43"/>
        <source>{goal}: each month&apos;s figure, at the first review after the month ends</source>
        <translation>{goal}: رقم كل شهر، في أول مراجعة بعد انتهائه</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="44"/>
        <source>{goal}: the figure of each month</source>
        <translation>{goal}: رقم كل شهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/exchange/review_calendar.py" line="45"/>
        <source>Weekly review of your goals</source>
        <translation>المراجعة الأسبوعية لأهدافك</translation>
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
        <translation>أبطأ</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="48"/>
        <source>the usual pace</source>
        <translation>الوتيرة المعتادة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/seasons.py" line="49"/>
        <source>faster</source>
        <translation>أسرع</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="30"/>
        <source>Grow Instagram followers by 20% in 3 months</source>
        <extracomment>target = baseline * factor (factor &lt; 1 for lower-is-better KPIs)</extracomment>
        <translation>زيادة متابعي إنستغرام بنسبة 20% في 3 أشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="31"/>
        <source>Grow our Instagram followers by 20% in three months by posting Reels three times a week.</source>
        <translation>زيادة متابعينا على إنستغرام بنسبة 20% خلال ثلاثة أشهر بنشر مقاطع ريلز ثلاث مرات في الأسبوع.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="33"/>
        <source>Raise Facebook engagement per follower by a quarter in 6 months</source>
        <translation>رفع التفاعل لكل متابع على فيسبوك بمقدار الربع في 6 أشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="34"/>
        <source>Raise engagement per follower on our Facebook page by a quarter in six months by asking a question in every post.</source>
        <translation>رفع التفاعل لكل متابع على صفحتنا في فيسبوك بمقدار الربع خلال ستة أشهر بطرح سؤال في كل منشور.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="37"/>
        <source>Double weekly website visits from social in 4 months</source>
        <translation>مضاعفة زيارات الموقع الأسبوعية من مواقع التواصل في 4 أشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="38"/>
        <source>Double the visits a week that Facebook and Instagram send to our website within four months.</source>
        <translation>مضاعفة الزيارات الأسبوعية التي يرسلها فيسبوك وإنستغرام إلى موقعنا خلال أربعة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="41"/>
        <source>50% more leads a month from Facebook in a quarter</source>
        <translation>عملاء محتملون أكثر بنسبة 50% شهريًا من فيسبوك خلال ربع سنة</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="44"/>
        <source>Answer customers within 4 hours</source>
        <translation>الرد على العملاء خلال 4 ساعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="45"/>
        <source>Cut our first response time on X and Facebook to 4 hours within two months.</source>
        <translation>تقليص وقت الرد الأول على X وفيسبوك إلى 4 ساعات خلال شهرين.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="47"/>
        <source>More brand mentions on X each week</source>
        <translation>إشارات أكثر إلى علامتنا على X كل أسبوع</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="48"/>
        <source>Get 30% more mentions of our brand on X each week within three months.</source>
        <translation>زيادة الإشارات الأسبوعية إلى علامتنا التجارية على X بنسبة 30% خلال ثلاثة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="50"/>
        <source>Grow TikTok video views per week by half in 3 months</source>
        <translation>زيادة مشاهدات فيديوهات تيك توك الأسبوعية بمقدار النصف في 3 أشهر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="51"/>
        <source>Grow the views our TikTok videos get each week by 50% in three months.</source>
        <translation>زيادة المشاهدات الأسبوعية لفيديوهاتنا على تيك توك بنسبة 50% خلال ثلاثة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="53"/>
        <source>More sales from Instagram and Pinterest shops</source>
        <translation>مبيعات أكثر من متجرَي إنستغرام وبينترست</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="54"/>
        <source>Sell 30% more a month through our Instagram shop and Pinterest Product Pins in four months.</source>
        <translation>بيع 30% أكثر شهريًا عبر متجرنا على إنستغرام ودبابيس المنتجات (Product Pins) في بينترست خلال أربعة أشهر.</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/templates.py" line="42"/>
        <source>Collect 50% more leads a month through Facebook lead forms within three months.</source>
        <translation>جمع عملاء محتملين أكثر بنسبة 50% شهريًا عبر نماذج فيسبوك خلال ثلاثة أشهر.</translation>
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
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="19"/>
        <source>a count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="20"/>
        <source>a percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="21"/>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="22"/>
        <source>money</source>
        <translation>مبلغ مالي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="54"/>
        <source>%1 percentage point</source>
        <translation>%1 نقطة مئوية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="55"/>
        <source>%1 percentage points</source>
        <translation>%1 نقطة مئوية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="56"/>
        <source>%1 a week</source>
        <translation>%1 أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/units.py" line="57"/>
        <source>%1 a month</source>
        <translation>%1 شهريًا</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/wizard/measure_page.py" line="23"/>
        <source>stars, from 1 to 5</source>
        <translation>نجوم، من 1 إلى 5</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="81"/>
        <source>Achieved</source>
        <extracomment>Days ahead of today for the &quot;needed by&quot; table&apos;s first two rows. The forecast &quot;reaches&quot; the target when it falls short by no more than this share of the target (float rounding: figures exactly on a straight target line give back the target to about 1e-13).</extracomment>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="82"/>
        <source>Missed</source>
        <translation>لم يتحقّق</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="83"/>
        <source>Unrealistic</source>
        <translation>غير واقعي</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="84"/>
        <source>Off course</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="85"/>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="86"/>
        <source>Ahead</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="87"/>
        <source>On course</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="88"/>
        <source>Too early</source>
        <translation>من المبكر الحكم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="299"/>
        <source>Reached {current} on {date} (target {target})</source>
        <extracomment>the latest figure since the start, up to the deadline, and its date (None: no figure yet) KPI units a week needed from today (from the latest figure, or the baseline without one) days from today the latest figure stays in the band if nothing improves (it covers the deadline when ``buffer_to_deadline``); 0: out of the band today the codes of the error findings that make the goal unrealistic</extracomment>
        <translation>بلغ {current} في {date} (المستهدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="300"/>
        <source>The deadline, {deadline}, passed at {current} (target {target})</source>
        <translation>انقضى الموعد النهائي ({deadline}) عند {current} (المستهدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="301"/>
        <source>The deadline, {deadline}, passed with no figure since the start</source>
        <translation>انقضى الموعد النهائي ({deadline}) دون أي رقم منذ البداية</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="303"/>
        <source>{target} by {deadline} is out of reach: see the findings</source>
        <translation>بلوغ {target} بحلول {deadline} بعيد المنال: راجع الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="304"/>
        <source>About {forecast} by {deadline} (target {target})</source>
        <translation>نحو {forecast} بحلول {deadline} (المستهدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="305"/>
        <source>{current} on {date}, behind the target line ({expected} then)</source>
        <translation>{current} في {date}، متأخر عن المسار المستهدف ({expected} حينها)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="306"/>
        <source>{current} on {date}, ahead of the target line ({expected} then)</source>
        <translation>{current} في {date}، متقدّم على المسار المستهدف ({expected} حينها)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="307"/>
        <source>{current} on {date}, on the target line so far</source>
        <translation>{current} في {date}، على المسار المستهدف حتى الآن</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="308"/>
        <source>{current} on {date}, ahead of the target line so far ({expected} then)</source>
        <translation>{current} في {date}، متقدّم على المسار المستهدف حتى الآن ({expected} حينها)</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="310"/>
        <source>No figure since the start, {start}, yet</source>
        <translation>لا رقم بعد منذ البداية ({start})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="311"/>
        <source>The goal starts on {start}</source>
        <translation>يبدأ الهدف في {start}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="314"/>
        <source>needs {needed}, you do {own}</source>
        <translation>المطلوب {needed}، ووتيرتك {own}</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="315"/>
        <source>needs {needed} from today</source>
        <translation>المطلوب {needed} بدءًا من اليوم</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="316"/>
        <source>about {forecast} by {deadline} (target {target})</source>
        <translation>نحو {forecast} بحلول {deadline} (المستهدف {target})</translation>
    </message>
    <message>
        <location filename="../../src/planner/domain/verdict.py" line="317"/>
        <source>a forecast needs figures on 3 different dates</source>
        <translation>يحتاج التوقّع إلى أرقام في ثلاثة تواريخ مختلفة</translation>
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
        <translation>انتهى الهدف: لم تعد هناك وتيرة يجب الحفاظ عليها.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="36"/>
        <source>No forecast yet: it needs figures on 3 different dates.</source>
        <translation>لا توقّع بعد: يحتاج إلى أرقام في ثلاثة تواريخ مختلفة.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="38"/>
        <source>Forecast for the deadline (%1): %2.</source>
        <translation>التوقّع عند الموعد النهائي (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="40"/>
        <source>At this pace the target is reached on %1.</source>
        <translation>بهذه الوتيرة تُبلغ القيمة المستهدفة في %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="42"/>
        <source>At this pace the target is not reached within ten years.</source>
        <translation>بهذه الوتيرة لا تُبلغ القيمة المستهدفة خلال عشر سنوات.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="44"/>
        <source>Needed from today: %1.</source>
        <translation>المطلوب بدءًا من اليوم: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="46"/>
        <source>Your pace: %1.</source>
        <translation>وتيرتك: %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="49"/>
        <source>Buffer: the latest figure stays in the band to the deadline, even with no progress.</source>
        <translation>الهامش: يبقى آخر رقم داخل النطاق حتى الموعد النهائي، حتى دون أي تقدّم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="52"/>
        <source>Buffer: none, the latest figure is out of the band today.</source>
        <translation>الهامش: لا هامش، فآخر رقم خارج النطاق اليوم.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="54"/>
        <source>Buffer: %1 before the latest figure falls out of the band, if nothing improves.</source>
        <translation>الهامش: %1 قبل أن يخرج آخر رقم من النطاق، إن لم يتحسّن شيء.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="57"/>
        <source>At this pace the figures leave the band on %1.</source>
        <translation>بهذه الوتيرة تخرج الأرقام من النطاق في %1.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="59"/>
        <source>At this pace the figures stay in the band to the deadline.</source>
        <translation>بهذه الوتيرة تبقى الأرقام داخل النطاق حتى الموعد النهائي.</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="62"/>
        <source>Needed by (the target line, and the least the band allows):</source>
        <translation>المطلوب بحلول (المسار المستهدف، وأدنى ما يسمح به النطاق):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="64"/>
        <source>Needed by (the target line, and the most the band allows):</source>
        <translation>المطلوب بحلول (المسار المستهدف، وأقصى ما يسمح به النطاق):</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="65"/>
        <source>in a week, %1</source>
        <translation>بعد أسبوع، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="66"/>
        <source>in a month, %1</source>
        <translation>بعد شهر، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="67"/>
        <source>the deadline, %1</source>
        <translation>الموعد النهائي، %1</translation>
    </message>
    <message>
        <location filename="../../src/planner/ui/verdict_view.py" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
</TS>
