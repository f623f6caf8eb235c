# OurPlan — العربية الفصحى. كل نص يقرأه الناس يأتي من هنا.
# Machine translation from en-GB, 2026-11-26: not yet checked by a native speaker. / ترجمة آلية من en-GB بتاريخ 2026-11-26: لم يراجعها متحدث أصلي باللغة بعد.
# تُستخدم المعرّفات في الشيفرة بالشكل msg!("id")؛ ويتحقق اختبار من وجود كل معرّف واستخدامه.

-brand = OurPlan

## واجهة التطبيق

app-name = { -brand }
skip-link = انتقل إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الرئيسية
footer-accessibility = بيان إمكانية الوصول
footer-run-by = { -brand } خدمة يديرها { $council }.
demo-banner = نسخة تجريبية: كل الأشخاص هنا غير حقيقيين. لا تُدخل معلومات حقيقية.
loading = جارٍ التحميل…
language-label = اللغة
language-change = تغيير
language-unchecked = تُرجم هذا النص بالحاسوب، ولم يراجعه متحدث أصلي باللغة بعد. إذا كان شيء غير واضح، فاختر الإنجليزية أو اسأل أخصائي حالتك.
load-failed = عذرًا، تعذّر تحميل هذه الصفحة. تحقّق من اتصالك وحاول مرة أخرى.
try-again = حاول مرة أخرى

## الصفحة الرئيسية

home-title = خطة الرعاية والدعم الخاصة بك
home-intro = اطّلع على خطتك من هاتفك، وأضف أهدافك ورغباتك، واطلب مراجعة عندما تتغيّر أحوالك.
home-can-heading = مع { -brand } يمكنك أن
home-can-plan = تقرأ خطة الرعاية والدعم الخاصة بك بكلمات بسيطة
home-can-goals = تقول ما يهمّك وما تريد تحقيقه
home-can-review = تطلب مراجعة وتتابع ما يحدث بعدها
home-can-carer = تسمح لمقدّم الرعاية برؤية أجزاء خطتك التي تختارها
home-contact-heading = تواصل مع { $council }
home-contact-intro = إذا احتجت إلى مساعدة، أو أردت خطتك بشكل آخر، فتواصل مع قسم الرعاية الاجتماعية للبالغين.
home-contact-phone = الهاتف: { $phone }
home-contact-email = البريد الإلكتروني: { $email }
home-contact-website = الموقع الإلكتروني: { $website }

## بيان إمكانية الوصول

a11y-title = بيان إمكانية الوصول
a11y-intro = يجب أن يتمكّن أكبر عدد ممكن من الناس من استخدام { -brand }. يجب أن تستطيع استخدامه على هاتف صغير، وتكبير النص حتى 200% دون أن يضيع شيء، والتنقّل بلوحة المفاتيح وحدها، واستخدامه مع قارئ الشاشة.
a11y-testing-heading = كيف نختبره
a11y-testing = نختبر كل تغيير تلقائيًا في متصفح حقيقي على شاشات بحجم الهاتف، بكل اللغات، ومع نص بضعف حجمه المعتاد. تفحص أداة axe-core كل صفحة وفق إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2، بالمستويين A وAA. يمكنك من "حجم النص والألوان" اختيار لغتك وحجم النص والتباين والألوان الفاتحة أو الداكنة، وإيقاف الحركة.
a11y-known-heading = ما نعرف أنه لا يعمل بعد
a11y-known = أعدّ الحاسوب الترجمات إلى الويلزية والبولندية والرومانية والبنجابية والأردية والعربية والبنغالية، ونسخة القراءة الميسّرة (Easy Read). لم يراجعها بعد متحدثون أصليون ولا قرّاء يعتمدون على القراءة الميسّرة. لم نختبر الخدمة بعد مع برامج قراءة الشاشة التي يستخدمها الناس (NVDA وJAWS وVoiceOver وTalkBack).
a11y-contact-heading = أخبرنا عن مشكلة
a11y-contact = إذا كان شيء لا يعمل معك، أو احتجت إلى المعلومات بشكل آخر، فتواصل مع فريق الرعاية الاجتماعية للبالغين في مجلسك المحلي.
display-title = حجم النص والألوان
display-intro = كبّر النص أو غيّر الألوان لتسهل عليك القراءة. يظهر كل تغيير على الفور.
display-text-size = حجم النص
display-size-value = { $percent }%
display-theme = فاتح أو داكن
display-theme-system = حسب إعداد هاتفي
display-theme-light = فاتح
display-theme-dark = داكن
display-contrast = تباين عالٍ
display-motion = إيقاف الحركة والرسوم المتحركة
display-kept-account = إعداداتك محفوظة في حسابك، لذا ترافقك على أي هاتف.
display-kept-phone = إعداداتك محفوظة على هذا الهاتف. سجّل الدخول لتحفظها في حسابك أيضًا.
a11y-enforcement = إذا لم تكن راضيًا عن ردّ مجلسك المحلي، فتواصل مع خدمة الاستشارات والدعم في مجال المساواة (Equality Advisory and Support Service - EASS).

## الصفحة غير موجودة

not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتأكّد من أنه صحيح. وإذا لصقته، فتأكّد من أنك نسخته كاملًا.
not-found-home = اذهب إلى الصفحة الرئيسية

## رسائل الخطأ من الخادم

error-not-found = لم نجد ما طلبته.
error-database-unavailable = الخدمة غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-payload-too-large = ما أرسلته كبير جدًا. يُرجى إرسال كمية أقل في كل مرة.
error-timeout = استغرق هذا وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى.
error-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا.
error-signed-out = يُرجى تسجيل الدخول لرؤية هذه الصفحة.
error-cross-origin = جاء هذا الطلب من موقع آخر، لذلك رُفض.
error-rate-limited = محاولات كثيرة جدًا. يُرجى الانتظار بضع دقائق، ثم المحاولة مرة أخرى.
error-invitation-unknown = رمز الدعوة هذا غير صحيح. تحقّق منه وحاول مرة أخرى، أو اطلب رمزًا جديدًا من أخصائي حالتك.
error-invitation-expired = انتهت صلاحية هذه الدعوة. اطلب دعوة جديدة من أخصائي حالتك.
error-invitation-used = استُخدمت هذه الدعوة من قبل. إذا لم تكن أنت من استخدمها، فأخبر أخصائي حالتك فورًا.
error-invitation-revoked = أُلغيت هذه الدعوة. اطلب دعوة جديدة من أخصائي حالتك.
error-ceremony-expired = استغرق هذا وقتًا طويلًا جدًا. يُرجى البدء من جديد.
error-passkey-not-accepted = لم يُقبل مفتاح المرور الخاص بك. حاول مرة أخرى، أو اطلب من أخصائي حالتك أن يساعدك في إعداد مفتاح جديد.
error-last-passkey = هذا هو مفتاح المرور الوحيد لديك. أضف مفتاحًا آخر قبل أن تحذفه، وإلا فلن تتمكّن من تسجيل الدخول.
error-passkey-name-missing = أعطِ مفتاح المرور هذا اسمًا، مثل "هاتفي".
error-passkey-name-too-long = أعطِ مفتاح المرور هذا اسمًا أقصر: 60 حرفًا على الأكثر.
error-bad-request = هناك شيء غير صحيح في هذا الطلب. يُرجى المحاولة مرة أخرى.

## التنقّل والحساب

nav-sign-in = تسجيل الدخول
nav-account = حسابك
nav-invitations = الدعوات
sign-out = تسجيل الخروج
error-summary-title = توجد مشكلة
role-person = مستفيد
role-caseworker = أخصائي حالة
role-manager = مدير
role-admin = مسؤول النظام

## تسجيل الدخول

sign-in-title = تسجيل الدخول
sign-in-intro = استخدم مفتاح المرور على هاتفك: بصمة إصبعك أو وجهك أو قفل الشاشة. لا توجد كلمة مرور لتتذكّرها، ولا شيء لتكتبه.
sign-in-button = سجّل الدخول بمفتاح المرور
sign-in-first = يُرجى تسجيل الدخول لرؤية هذه الصفحة.
sign-in-first-time-heading = هل هذه أول مرة لك هنا؟
sign-in-first-time = يمكن لأخصائي حالتك أن يعطيك رمز دعوة. تستخدمه مرة واحدة فقط، لإعداد مفتاح مرور على هاتفك.
sign-in-have-invitation = لديّ رمز دعوة
sign-in-lost-heading = هل فقدت هاتفك؟
sign-in-lost = تواصل مع أخصائي حالتك. بعد التحقّق من هويتك، سيعطيك رمز دعوة جديدًا لإعداد مفتاح مرور على هاتفك الجديد.
demo-sign-in-heading = تصفّح بصفة شخص آخر
demo-sign-in-intro = هذه نسخة تجريبية بأشخاص غير حقيقيين. اختر أي شخص لترى ما يراه، دون مفتاح مرور.
demo-sign-in-as = { $name } ({ $role })

## رسائل مفتاح المرور

passkey-cancelled = لم يُستخدم مفتاح المرور: ربما ألغيت العملية، أو استغرقت وقتًا طويلًا. حاول مرة أخرى عندما تكون مستعدًا.
passkey-already-here = يوجد على هذا الجهاز مفتاح مرور لحسابك بالفعل. يمكنك تسجيل الدخول به.
passkey-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور. جرّب أحدث إصدار من Chrome أو Safari أو Firefox أو Samsung Internet، أو اطلب المساعدة من أخصائي حالتك.
passkey-failed = حدث خطأ في مفتاح المرور. يُرجى المحاولة مرة أخرى.

## استخدام الدعوة

invitation-title = إعداد مفتاح المرور
invitation-intro = أدخل رمز الدعوة الذي أعطاك إياه أخصائي حالتك. بعد ذلك سيطلب منك هاتفك إنشاء مفتاح مرور ببصمة إصبعك أو وجهك أو قفل الشاشة.
invitation-code-label = رمز الدعوة
invitation-code-hint = مثلًا: 7KQ2-M9XW-3R. لا تهمّ الأحرف الكبيرة ولا الشرطات.
passkey-name-label = سمِّ مفتاح المرور هذا
passkey-name-hint = حتى تميّز بين مفاتيح المرور لديك، مثلًا "هاتفي".
invitation-submit = أعِدّ مفتاح المرور

## حسابك

account-title = حسابك
account-signed-in-as = أنت مسجّل الدخول باسم { $name }.
passkeys-title = مفاتيح المرور الخاصة بك
passkeys-intro = يتيح لك مفتاح المرور تسجيل الدخول من هاتف أو حاسوب. يمكن أن يكون لديك أكثر من مفتاح، حتى لا تُمنع من الدخول إذا فقدت هاتفًا.
passkeys-lost-phone = إذا فقدت هاتفًا أو أعطيته لشخص آخر، فاحذف مفتاح المرور الخاص به من هنا.
passkeys-added-on = أُضيف في { $date }
passkeys-last-used = آخر استخدام في { $date }
passkeys-never-used = لم يُستخدم لتسجيل الدخول بعد
passkeys-remove = حذف
passkeys-removed = حُذف مفتاح المرور "{ $name }".
passkeys-add-heading = إضافة مفتاح مرور
passkeys-add = أضف مفتاح مرور على هذا الجهاز
passkeys-added = أُضيف مفتاح المرور "{ $name }".
devices-title = الأجهزة المسجّل الدخول عليها
devices-intro = هذه هي الهواتف والحواسيب التي سجّلت الدخول عليها. إذا لم تتعرّف على أحدها، أو تركت حسابك مفتوحًا في مكان ما، فسجّل الخروج منه.
devices-unknown = جهاز غير معروف
devices-browser-on-system = { $browser } على { $system }
devices-this-device = هذا الجهاز
devices-signed-in-on = سُجّل الدخول في { $date }
devices-last-active = آخر نشاط في { $date }
devices-end = سجّل الخروج من هذا الجهاز

## الدعوات (للموظفين)

invitations-title = الدعوات
invitations-intro = ادعُ شخصًا لإعداد مفتاح مرور. اقرأ له الرمز عبر الهاتف، أو أرسل له الرابط. كل رمز يعمل مرة واحدة فقط.
invitations-people-heading = أشخاص يمكنك دعوتهم
invitations-on-caseload = ضمن حالاتك
invitations-carer-of = مقدّم رعاية { $name }
invitations-has-account = لديه حساب بالفعل
invitations-invite = أنشئ دعوة
invitations-recovery = أنشئ دعوة استعادة، بعد التحقّق من هوية الشخص
invitations-created = دعوة إلى { $name }
invitations-code-label = الرمز:
invitations-link-label = أو هذا الرابط:
invitations-expires = صالحة حتى { $date }
invitations-sent-heading = الدعوات التي أرسلتها
invitations-none-sent = لم ترسل أي دعوات بعد.
invitations-revoke = ألغِ هذه الدعوة
invitation-purpose-register = لإعداد أول مفتاح مرور
invitation-purpose-recovery = لاستبدال مفتاح مرور مفقود
invitation-status-pending = لم تُستخدم بعد
invitation-status-used = مستخدَمة
invitation-status-expired = منتهية الصلاحية
invitation-status-revoked = ملغاة

## التحقّق من إجابات الخطة

error-validation = بعض الإجابات تحتاج إلى تغيير. كل واحدة منها توضّح ما يجب فعله.
error-version-conflict = حفظ شخص آخر هذه الخطة أثناء تعديلك لها، لذلك لم تُحفظ تغييراتك. انسخ أي شيء تريد الاحتفاظ به، ثم أعد تحميل الصفحة لترى تغييراته.
error-comment-too-long = تعليقك طويل جدًا: 2,000 حرف على الأكثر.
plan-problem-required = املأ هذا قبل نشر الخطة.
plan-problem-too-long = هذا طويل جدًا. اختصره.
plan-problem-too-many = يوجد هنا عدد كبير جدًا من البنود. اجمع بعضها معًا.
plan-problem-money = أدخل مبلغًا بالجنيه والبنس، مثل 102.90، من £0 حتى £100,000.
plan-problem-hours = أدخل عدد الساعات في الأسبوع، مثل 7.5، حتى 168.
plan-problem-date = أدخل تاريخًا صحيحًا، مثل 2027-03-01.
plan-problem-date-range = اختر تاريخًا من اليوم وحتى ثلاث سنوات.

## الخطة بالكلمات

plan-section-about-me = عنّي
plan-section-strengths = نقاط قوّتي
plan-section-needs = احتياجاتي
plan-section-outcomes = ما أريد تحقيقه
plan-section-support = الدعم الذي أتلقّاه
plan-section-budget = ميزانيتي الشخصية
plan-section-advice = النصائح، والحفاظ على صحتي
plan-section-contingency = إذا حدثت مشكلة
plan-section-involved = من ساعد في إعداد هذه الخطة
plan-section-review = المراجعة القادمة
plan-important-to-me = ما هو مهم بالنسبة لي
plan-people-important = أشخاص مهمّون بالنسبة لي
plan-communication = كيف أتواصل، وكيف تتواصلون معي
plan-how-to-support = أفضل طريقة لدعمي
plan-please-do = يُرجى فعل هذا
plan-please-dont = يُرجى عدم فعل هذا
plan-can-do = ما أستطيع فعله
plan-who-helps = من يساعدني وما يساعدني حاليًا
plan-need = الاحتياج
plan-need-description = ما أحتاج إلى مساعدة فيه
plan-eligible = مؤهَّل للدعم من المجلس المحلي
plan-eligible-yes = نعم
plan-eligible-no = لا
plan-wellbeing = جوانب عافيتي التي يؤثّر فيها
plan-how-met = كيف ستتم تلبيته
plan-outcomes = النتائج، بكلماتي
plan-support-item = الدعم
plan-support-what = ماذا
plan-support-who = من
plan-support-when = متى وكم مرة
plan-support-hours = ساعات في الأسبوع
plan-support-cost = التكلفة في الأسبوع
plan-carer-agreed = { $name } (مقدّم رعاية غير مدفوع الأجر، وافق على هذا)
plan-carer-not-agreed = { $name } (مقدّم رعاية غير مدفوع الأجر، لم يوافق على هذا بعد)
plan-budget-yearly = الميزانية الشخصية في السنة
plan-budget-weekly = الميزانية الشخصية في الأسبوع
plan-budget-council = ما يدفعه المجلس المحلي في الأسبوع
plan-budget-contribution = ما أساهم به في الأسبوع
plan-budget-managed = طريقة إدارتها
plan-direct-payment = الدفع المباشر
plan-direct-payment-text = { $amount } كل { $weeks } أسابيع
budget-direct-payment = دفع مباشر (direct payment): أنظّم الدعم الذي أحصل عليه بنفسي
budget-council-managed = ينظّم المجلس المحلي الدعم الذي أحصل عليه
budget-individual-service-fund = صندوق خدمة فردي (individual service fund): مقدّم خدمة اخترته يحتفظ بالمال
plan-advice = نصائح ومعلومات
plan-prevention = الحفاظ على صحتي: منع ظهور احتياجات أخرى أو تأخيرها
plan-if-carer-ill = إذا مرض مقدّم الرعاية
plan-if-visit-missed = إذا لم تتم إحدى الزيارات
plan-who-to-call = بمن أتصل
plan-out-of-hours = خارج أوقات العمل
plan-involved = الأشخاص المشاركون
plan-next-review = المراجعة القادمة المقرّرة
wellbeing-dignity = الكرامة والاحترام
wellbeing-health = الصحة الجسدية والنفسية، والشعور بالعافية
wellbeing-protection = الأمان من الإساءة والإهمال
wellbeing-control = التحكّم في حياتي اليومية
wellbeing-participation = العمل والتعلّم والأشياء التي أستمتع بها
wellbeing-social-economic = المال والمشاركة في مجتمعي
wellbeing-relationships = العائلة والعلاقات
wellbeing-accommodation = سكن مناسب
wellbeing-contribution = المساهمة في المجتمع
plan-title-care = خطة الرعاية والدعم الخاصة بـ { $name }
plan-title-carer = خطة دعم مقدّم الرعاية الخاصة بـ { $name }
plan-published-by = الإصدار { $version }، نشره { $name }

## الخطط في التطبيق

nav-my-plan = خطتك
nav-caseload = الحالات
my-plans-title = خططك
my-plans-none = لم تُنشر خطتك بعد. سيخبرك أخصائي حالتك عندما تصبح جاهزة.
my-plans-care = خطة الرعاية والدعم
my-plans-carer = خطة دعم مقدّم الرعاية
plan-page-title = خطتك
plan-published-on = الإصدار { $version }، نشره { $name } في { $date }.
plan-not-latest = هذا إصدار سابق. يوجد إصدار أحدث.
plan-named-worker = الموظف المسؤول عنك
glance-heading = نظرة سريعة
glance-support = { $what }: { $hours } ساعات في الأسبوع
glance-call = اتصل بـ { $phone }
glance-text = أرسل رسالة نصية إلى { $phone }
glance-email = راسل { $email }
glance-urgent = إذا كنت بحاجة إلى مساعدة عاجلة، اتصل بالمجلس:
glance-ask-review = اطلب مراجعة
glance-contents = المحتويات
plan-more-label = المزيد عن هذه الخطة
plan-versions-link = كل الإصدارات، وما الذي تغيّر
plan-download = احفظ نسخة من هذه الخطة
plan-print = اطبع هذه الخطة
plan-answer-heading = هل توافق على هذه الخطة؟
plan-answer-question = هل توافق على هذه الخطة؟
plan-agree = أوافق على هذه الخطة
plan-disagree = لا أوافق على هذه الخطة
plan-comment-label = أي شيء تريد قوله (اختياري)
plan-comment-hint = سيقرأ أخصائي حالتك هذا.
plan-answer-send = أرسل إجابتي
plan-you-agreed = في { $date } قلت إنك توافق على هذه الخطة.
plan-you-disagreed = في { $date } قلت إنك لا توافق على هذه الخطة. أُبلغ أخصائي حالتك بذلك.
plan-response-agrees = وافق على هذا الإصدار
plan-response-disagrees = لم يوافق على هذا الإصدار
versions-title = كل الإصدارات
versions-version = الإصدار { $version }
versions-published = نشره { $name } في { $date }
versions-no-answer = لا توجد إجابة بعد
versions-compare-heading = قارن بين إصدارين
versions-compare-from = من الإصدار
versions-compare-to = إلى الإصدار
versions-compare = اعرض ما تغيّر
versions-changes = ما تغيّر من الإصدار { $from } إلى الإصدار { $to }
versions-no-changes = لم يتغيّر شيء.
versions-before = قبل:
versions-after = بعد:
looked-at-title = من اطّلع على خطتي
looked-at-intro = كل من فتح خطتك، ومتى. يشمل ذلك موظفي المجلس المحلي.
looked-at-who = من
looked-at-when = متى
caseload-title = الحالات
caseload-worker = الموظف المسؤول: { $name }
caseload-edit = عدّل الخطة
caseload-read = اقرأ الخطة المنشورة
caseload-start = ابدأ خطة رعاية ودعم
caseload-search = ابحث عن شخص بالاسم أو رقم الملف
caseload-only-flagged = فقط الأشخاص الذين لديهم قلق محتمل بشأن الحماية
caseload-shown = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
caseload-col-person = الشخص
caseload-col-plan = الخطة
caseload-col-review = المراجعة التالية
caseload-col-attention = يحتاج إلى اهتمام
caseload-reference = رقم الملف { $reference }
caseload-communication = احتياجات المعلومات: { $needs }
caseload-no-plan = لا توجد خطة بعد
caseload-published = نُشر الإصدار { $version }
caseload-not-published = لم يُنشر بعد
caseload-no-review = غير محدد: لم تُنشر أي خطة
caseload-nothing = لا شيء
caseload-close = إغلاق القضية
caseload-close-explain = سيُزال { $name } من قائمة الحالات. يمكنه لفترة أن يسجّل الدخول ويقرأ خططه المنشورة، ثم لن يتمكن من تسجيل الدخول. لا يُحذف شيء.
caseload-close-confirm = إغلاق قضية { $name }
caseload-closed = أُغلقت قضية { $name }. يمكنه قراءة خططه حتى { $date }.
nav-team = الفرق والموظفون
team-title = الفرق والموظفون
team-intro = أنشئ فرقًا، وادعُ موظفين، وغيّر دورهم أو فريقهم. عندما يغادر أحدهم العمل، عطّل حسابه: لن يتمكّن من تسجيل الدخول بعد الآن، وسينتظر الأشخاص الذين كان يتابعهم ضمن الحالات إلى أن يُعيَّن لهم أخصائي حالة جديد.
team-teams-heading = الفرق
team-members = { $count ->
    [zero] لا أعضاء ({ $count })
    [one] عضو واحد ({ $count })
    [two] عضوان ({ $count })
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
team-new-name = اسم فريق جديد
team-create = أنشئ الفريق
team-created = أُنشئ الفريق: { $name }.
team-rename-label = اسم جديد لـ { $name }
team-rename = أعد التسمية
team-renamed = أُعيدت تسمية الفريق: { $name }.
team-invite-heading = ادعُ موظفًا
team-invite-name = الاسم الكامل
team-invite-email = البريد الإلكتروني للعمل
team-role = الدور
team-team = الفريق
team-no-team = بلا فريق
team-invite = أرسل الدعوة
team-staff-heading = الموظفون
team-col-name = الاسم
team-col-role = الدور والفريق
team-col-status = الوضع
team-col-change = تغيير
team-active = فعّال
team-left = غادر العمل
team-signed-up = لديه مفتاح مرور
team-invited = تلقّى دعوة، ولم يسجّل بعد
team-caseload = { $count ->
    [zero] لا أحد ضمن حالاته ({ $count })
    [one] شخص واحد ضمن حالاته ({ $count })
    [two] شخصان ضمن حالاته ({ $count })
    [few] { $count } أشخاص ضمن حالاته
    [many] { $count } شخصًا ضمن حالاته
   *[other] { $count } شخص ضمن حالاته
}
team-save = احفظ التغيير
team-saved = حُفظ دور { $name } وفريقه.
team-disable = عطّل الحساب: لقد غادر العمل
team-disabled = لم يعد بإمكان { $name } تسجيل الدخول. ينتظر الأشخاص الذين كان يتابعهم ضمن الحالات أخصائي حالة جديدًا.
team-enable = فعّل الحساب من جديد
team-enabled = يمكن لـ { $name } تسجيل الدخول من جديد.
team-changes-link = اطّلع على سجلّ التغييرات في الموظفين
changes-title = التغييرات في الموظفين
changes-intro = كل تغيير في الفرق والموظفين، الأحدث أولًا، مع اسم من أجراه.
changes-none = لا توجد تغييرات بعد.
changes-col-when = متى
changes-col-who = من
changes-col-what = ماذا
changes-col-about = بخصوص
change-team-created = أنشأ الفريق
change-team-renamed = أعاد تسمية الفريق
change-staff-invited = أرسل دعوة
change-staff-changed = غيّر الدور أو الفريق
change-staff-disabled = عطّل الحساب (غادر العمل)
change-staff-enabled = فعّل الحساب من جديد
register-title = سجّل شخصًا
register-intro = شخص يتلقّى الرعاية والدعم. بعد تسجيله، ابدأ خطته من صفحة الحالات، وادعُه من صفحة الدعوات.
register-name = الاسم الكامل
register-preferred = الاسم الذي يحب أن يُنادى به (اختياري)
register-born = تاريخ الميلاد (اختياري)
register-language = اللغة التي يخاطبه بها OurPlan
register-needs = كيف يحتاج أن تُقدَّم إليه المعلومات (اختياري)
register-needs-hint = مثلًا: طباعة بخط كبير، أو القراءة الميسّرة (Easy Read)، أو لغة الإشارة البريطانية (BSL)، أو شخص يقرأ معه.
register-email = البريد الإلكتروني (اختياري)
register-phone = الهاتف (اختياري)
register-reference = رقم الملف
register-reference-hint = الرقم الذي يستخدمه المجلس المحلي له في نظام إدارة الحالات لديه.
register-caseworker = أخصائي الحالة
register-no-caseworker = لا أحد بعد: سينتظر ضمن الحالات
register-send = سجّله
register-done = تم تسجيل { $name }.
caseload-register = سجّل شخصًا
caseload-needs-allocation = يحتاج إلى أخصائي حالة
caseload-allocate-label = أخصائي الحالة لـ { $name }
caseload-allocate = عيّن
caseload-allocated = أصبح لـ { $name } أخصائي حالة جديد، وتم إبلاغه بذلك.
notice-worker = أصبح { $name } الآن الموظف المسؤول عنك. طريقة التواصل معه موجودة في خطتك.
caseload-choose = اختر أخصائيًا اجتماعيًا
editor-title = تعديل الخطة
editor-intro = تُحفظ التغييرات كمسوّدة. لا يرى الشخص الخطة إلا عندما تنشرها.
editor-save = احفظ المسوّدة
editor-publish = احفظ وانشر
editor-saved = حُفظت المسوّدة.
editor-published = نُشر الإصدار { $version }.
publish-title = تحقّق من تغييراتك
publish-intro = سيرى { $name } النسخة { $version } من خطته، وسيُبلَّغ أنها جديدة.
publish-first = هذه أول خطة له: كل ما فيها جديد.
publish-changes = ما الذي يتغيّر عن النسخة { $version }
publish-message = رسالة إلى { $name } (اختياري)
publish-message-hint = تصل مع خبر النسخة الجديدة. اذكر ما تغيّر ولماذا بكلمات بسيطة.
publish-button = انشر النسخة { $version }
publish-told = تم إبلاغ { $name } في التطبيق، وبالبريد الإلكتروني إن كان لديه عنوان.
publish-back = العودة إلى المسودة
publish-back-todo = العودة إلى المهام
editor-read-published = اقرأ الخطة المنشورة
editor-one-per-line = كل بند في سطر.
editor-add-need = أضف احتياجًا
editor-remove-need = احذف الاحتياج { $n }
editor-add-support = أضف دعمًا
editor-remove-support = احذف الدعم { $n }
editor-unpaid-carer = يقدّمه مقدّم رعاية غير مدفوع الأجر
editor-carer-agreed = وافق مقدّم الرعاية على هذا
editor-hours-hint = مثلًا: 7.5
editor-money-hint = بالجنيه والبنس، مثلًا: 102.90
editor-has-budget = لهذه الخطة ميزانية شخصية
editor-payment-amount = مبلغ الدفع المباشر
editor-payment-weeks = يُدفع كل كم أسبوعًا

## الأهداف والرغبات

problem-date-in-past = اختر تاريخًا من اليوم فصاعدًا.
problem-importance = اختر مدى أهمية هذا، من 1 إلى 10.
wish-please-do = يُرجى فعل هذا
wish-please-dont = يُرجى عدم فعل هذا
wish-times = الأوقات
wish-people = الأشخاص
wish-culture = الثقافة
wish-faith = الدين
wish-food = الطعام
wish-language = اللغة
wish-other = شيء آخر
error-goal-withdrawn = سُحب هذا الهدف، لذلك لم يعد ممكنًا تغييره. يمكنك إضافة هدف جديد.
nav-goals = الأهداف والرغبات
nav-contributions = الأهداف والرغبات
goals-title = أهدافك ورغباتك
goals-intro = قل بكلماتك الخاصة ما تريد تحقيقه وكيف تريد أن تتلقّى الدعم. سيردّ عليك أخصائي حالتك، ويخبرك إن كان ذلك سيُضاف إلى خطتك.
goals-heading = أهدافك
goals-none = لم تُضف أي هدف بعد.
goals-add-heading = أضف هدفًا
goal-what = ما أريد تحقيقه
goal-why = لماذا يهمّني ذلك
goal-can-do = ما أستطيع فعله بنفسي
goal-who-helps = من يساعدني
goal-would-help = ما الذي سيساعدني
goal-importance = مدى أهميته
goal-importance-hint = 1 يعني قليلًا، و10 يعني مهمًّا جدًّا.
goal-importance-choose = اختر من 1 إلى 10
goal-importance-value = { $n } من 10
goal-step-legend = الخطوة { $n } (اختياري)
step-what = ماذا
step-who = من
step-by-when = بحلول متى
goal-add = أضف هذا الهدف
goal-save = احفظ التغييرات
goal-change = غيّر هذا الهدف
goal-withdraw = اسحب هذا الهدف
goal-withdrawn = مسحوب
goal-steps = الخطوات
step-done = تمّ:
step-by = بحلول { $date }
step-mark-done = ضع علامة "تمّ"
goal-note-label = كيف تسير الأمور؟
goal-note-add = أضف ملاحظة
written-by = كتبه { $name } ({ $role })، { $date }
written-by-person = كتبه { $name }، { $date }
decision-new = لم يُقرأ بعد
decision-seen = قرأه أخصائي حالتك
decision-added = أُضيف إلى الخطة
decision-not-added = لم يُضف إلى الخطة
decision-in-plan = اطّلع عليه في خطتك (الإصدار { $version })
decision-reason = لماذا لم يُضف: { $reason }
wishes-heading = رغباتك
wishes-intro = كيف تريد أن يُقدَّم لك الدعم: ما يجب فعله وما لا يجب فعله، والأوقات، والأشخاص، والثقافة، والدين، والطعام، واللغة.
wishes-add-heading = أضف رغبة
wish-kind-label = عمّ تتحدّث هذه الرغبة
wish-text-label = رغبتك
wish-add = أضف هذه الرغبة
wish-remove = احذف هذه الرغبة
contributions-title = الأهداف والرغبات
contributions-intro = ما كتبه الأشخاص الذين تعمل معهم، الأحدث وغير المقروء أولًا. أجب عن كل واحد منها، وقل إن كنت أضفته إلى خطتهم.
contributions-none = لا يوجد شيء جديد.
contribution-goal = هدف
contribution-wish = رغبة
answer-comment = ردّك عليهم
answer-decision = هل هو في خطتهم؟
answer-seen = لم يُتّخذ قرار بعد
answer-added = نعم، في الإصدار { $version } من خطتهم
answer-not-added = لا، وسأوضّح السبب
answer-reason = لماذا لم يُضف (سيقرؤون هذا)
answer-send = أرسل ردّك
answer-sent = أُرسل ردك. سيُبلَّغ { $name }، ويظهر الرد على هذه البطاقة.
wish-change = غيّر هذه الرغبة

## المراجعات

problem-missing = املأ هذا.
problem-no-such-version = لا يوجد إصدار منشور من خطة هذا الشخص بهذا الرقم. انشر الخطة المعدّلة أولًا، ثم اختر رقم إصدارها.
error-review-already-open = لقد طلبت مراجعة لهذا السبب من قبل، وما زالت مفتوحة. يمكنك متابعتها في صفحة "المراجعات".
error-review-step-not-allowed = لا يمكن نقل هذه المراجعة إلى تلك الخطوة من مرحلتها الحالية. أعد تحميل الصفحة لترى أين وصلت.
review-reason-needs-changed = تغيّرت احتياجاتي
review-reason-support-not-working = الدعم الذي أتلقّاه لا يلبّي حاجتي
review-reason-hospital = كنت في المستشفى
review-reason-carer-cant-cope = مقدّم الرعاية لم يعد يستطيع الاستمرار
review-reason-other = شيء آخر
review-urgency-urgent = عاجل: أحتاج إلى مساعدة خلال أيام
review-urgency-soon = قريبًا: خلال الأسابيع القليلة القادمة
review-urgency-can-wait = يمكن أن ينتظر
urgent-help-heading = إذا كنت بحاجة إلى مساعدة الآن
urgent-help-intro = لا تنتظر المراجعة. اتصل بـ:
urgent-help-worker = { $name }، الأخصائي المسؤول: { $phone }
urgent-help-council = { $council }: { $phone }
urgent-help-999 = في حالات الطوارئ: 999
review-contact-phone = مكالمة هاتفية
review-contact-email = البريد الإلكتروني
review-contact-text = رسالة نصية
review-contact-letter = خطاب بالبريد
review-meeting-phone = عبر الهاتف
review-meeting-visit = زيارة
review-meeting-video = مكالمة فيديو
review-step-submitted = طُلبت
review-step-planned = خطّط لها المجلس المحلي
review-step-acknowledged = استلمها أخصائي حالتك
review-step-scheduled = حُدّد موعد المراجعة
review-step-completed = تمّت المراجعة
review-step-declined = لن تتم
review-target-acknowledge = تأكيد الاستلام بحلول { $date }
review-target-decide = اتخاذ القرار بحلول { $date }
review-target-review = المراجعة بحلول { $date }
email-review-subject = تحديث بشأن مراجعتك
email-review-body = يوجد تحديث بشأن مراجعتك. سجّل الدخول لتراه: { $link }
email-news-subject = جديد في OurPlan
email-news-body = يوجد شيء جديد لك في OurPlan. سجّل الدخول لتراه: { $link }

## المراجعات في التطبيق

nav-reviews = المراجعات
nav-notifications = الإشعارات
nav-notifications-unread = الإشعارات ({ $count })
reviews-title = مراجعاتك
reviews-intro = إذا تغيّرت أحوالك، يمكنك طلب مراجعة خطتك في أي وقت. سيتواصل معك أخصائي حالتك، ويمكنك متابعة كل خطوة هنا.
reviews-ask = اطلب مراجعة
reviews-none = لم تطلب أي مراجعة بعد.
reviews-started = بدأت في { $date }
reviews-open = اعرض هذه المراجعة
review-now = أين وصلت الآن:
review-by = { $name } ({ $role })، { $date }
review-by-person = { $name }، { $date }
review-origin-requested = طلبها الشخص
review-origin-planned = مراجعة مخطّط لها
review-form-title = اطلب مراجعة
review-form-intro = أخبر أخصائي حالتك بما تغيّر. سيتواصل معك، ويمكنك متابعة ما يحدث في صفحة "المراجعات".
review-form-see-open = اعرض مراجعاتك
review-form-reason = لماذا تطلب مراجعة؟
review-form-what = ماذا حدث
review-form-what-hint = بكلماتك الخاصة. مثلًا: ما الذي أصبح أصعب عليك الآن، أو ما الذي لا ينفع.
review-form-urgency = ما مدى الاستعجال؟
review-form-contact = كيف يتواصل معك أخصائي حالتك؟
review-form-when = ما الوقت المناسب لك؟ (اختياري)
review-form-when-hint = مثلًا: صباحًا في أيام العمل.
review-form-needs = ماذا تحتاج في اجتماع المراجعة؟ (اختياري)
review-form-needs-hint = اختر كل ما ينطبق.
review-form-send = أرسل طلبي
review-need-interpreter = مترجم فوري
review-need-language = أي لغة؟
review-need-bsl = مترجم لغة الإشارة البريطانية (BSL)
review-need-advocate = مناصر (advocate) يساعدني على إيصال رأيي
review-need-large-print = طباعة بخط كبير
review-need-easy-read = القراءة الميسّرة (Easy Read)
review-need-someone = شخص يرافقني، مثل صديق أو أحد أفراد العائلة
review-needs-none = لا شيء
review-needs-interpreter-in = مترجم فوري للغة { $language }
review-problem-reason = اختر سبب طلبك للمراجعة.
review-problem-urgency = اختر مدى الاستعجال.
review-problem-contact = اختر طريقة التواصل.
review-problem-how = اختر كيف ستتم المراجعة.
review-problem-outcome = اختر ما قرّرته المراجعة.
review-title = المراجعة
review-title-yours = مراجعتك
review-title-for = مراجعة خاصة بـ { $name }
review-on-behalf = طلب شخص آخر هذه المراجعة نيابة عن الشخص المعني.
review-asked = ما الذي طُلب
review-timeline = الخطوات حتى الآن
review-added-heading = أُضيف لاحقًا
review-add-heading = أضف معلومات
review-add-label = ماذا تريد أن تضيف؟
review-add-hint = أي شيء حدث أو تغيّر منذ طلبك. سيقرؤه الأخصائي المسؤول عن حالتك.
review-add-button = أضف إلى المراجعة
review-add-done = تمت الإضافة. سيقرؤها الأخصائي المسؤول عن حالتك.
review-who-has-it = هذه المراجعة لدى { $name }، وسيتواصل معك بحلول { $date }.
review-who-has-it-unnamed = هذه المراجعة لدى مجلسك، وسيتواصل معك بحلول { $date }.
review-who-has-it = هذه المراجعة لدى { $name }، وسيتواصل معك بحلول { $date }.
review-who-has-it-unnamed = هذه المراجعة لدى مجلسك، وسيتواصل معك بحلول { $date }.
review-form-open-already = توجد مراجعة جارية بالفعل لهذا السبب.
review-form-add-to-open = أضف معلومات إلى تلك المراجعة بدلًا من ذلك
todo-addition = أضاف معلومات إلى مراجعة
review-scheduled-on = في { $date }، { $how }.
review-outcome-no-change = لا تغيير في الخطة
review-outcome-plan-revised = تغيّرت الخطة
review-outcome-see-plan = اطّلع على الخطة المعدّلة (الإصدار { $version })
review-outcome-new-assessment = يلزم تقييم جديد للاحتياجات
review-declined-why = لماذا لن تتم:
review-complain-heading = إذا لم تكن راضيًا عن هذا القرار
review-complain-council = يمكنك تقديم شكوى إلى { $council }. أخبرهم أنك تريد الشكوى من قرار عدم مراجعة خطتك.
review-complain-council-unknown = يمكنك تقديم شكوى إلى فريق الرعاية الاجتماعية للبالغين في مجلسك المحلي.
review-complain-ombudsman = إذا بقيت غير راضٍ بعد ردّ المجلس المحلي، يمكنك أن تطلب من أمين المظالم للحكومة المحلية والرعاية الاجتماعية (Local Government and Social Care Ombudsman) النظر في الأمر. هذا مجاني.
review-back-mine = كل مراجعاتك
review-back-queue = كل المراجعات المنتظرة
review-actions-heading = الخطوات التالية
review-acknowledge-heading = تأكيد استلام الطلب
review-acknowledge-hint = سيُبلَّغ الشخص بأنك استلمته.
review-acknowledge = أكّد الاستلام
review-schedule-heading = حدّد موعد المراجعة
review-reschedule-heading = غيّر موعد المراجعة
review-schedule-date = تاريخ المراجعة
review-schedule-how = كيف ستتم؟
review-schedule = حدّد موعد المراجعة
review-complete-heading = سجّل النتيجة
review-complete-outcome = ماذا قرّرت المراجعة؟
review-complete-why = لماذا لن يتغيّر شيء (سيقرأ الشخص هذا)
review-complete-version = إصدار الخطة بعد المراجعة
review-complete-version-hint = اتركه فارغًا لاختيار أحدث إصدار منشور، وهو { $version }.
review-complete-note = ملاحظة للشخص (اختياري)
review-complete = سجّل النتيجة
review-decline-reasons = لماذا لن تتم المراجعة
review-decline-hint = سيقرأ الشخص هذا، مع طريقة تقديم الشكوى.
review-decline = ارفض المراجعة
review-decline-title = رفض مراجعة { $name }
review-decline-intro = لا ترفض إلا إذا لم تكن المراجعة لازمة الآن. يقرأ { $name } أسبابك مع طريقة تقديم شكوى.
review-decline-back = العودة إلى المراجعة
review-queue-title = المراجعات
review-queue-intro = المراجعات التي تنتظرك، الأكثر استعجالًا والأقدم أولًا، مع الموعد المستهدف لكل منها.
review-queue-none = لا توجد مراجعات منتظرة.
review-queue-kind = النوع
review-queue-urgency = مدى الاستعجال
review-queue-since-day = منذ { $date }
review-queue-target = الموعد المستهدف
review-queue-not-started = لم تبدأ
review-queue-overdue = متأخرة
review-queue-open = افتح المراجعة
review-queue-start = ابدأ هذه المراجعة المخطّط لها
notifications-title = الإشعارات
notifications-none = ليس لديك أي إشعارات.
notification-update = يوجد تحديث بشأن مراجعتك: { $step }
notification-new = جديد
notifications-new-count = { $count ->
    [zero] ليس لديك إشعارات جديدة ({ $count }).
    [one] لديك إشعار جديد واحد ({ $count }).
    [two] لديك إشعاران جديدان ({ $count }).
    [few] لديك { $count } إشعارات جديدة.
    [many] لديك { $count } إشعارًا جديدًا.
   *[other] لديك { $count } إشعار جديد.
}
notice-someone = الأخصائي المسؤول عن حالتك
notice-about = بخصوص { $name }
notice-review-submitted = طلب { $by } مراجعة نيابةً عنك.
notice-review-planned = بدأ { $by } مراجعتك المخطط لها.
notice-review-acknowledged = استلم { $by } طلبك للمراجعة.
notice-review-scheduled = حدّد { $by } موعد مراجعتك في { $date } ({ $how }).
notice-review-completed = أنهى { $by } مراجعتك.
notice-review-declined = قرّر { $by } أن مراجعتك لن تتم. اعرف السبب.
notice-goal-answered = ردّ { $by } على هدفك: { $text }
notice-wish-answered = ردّ { $by } على رغبتك: { $text }
notice-plan-published = نشر { $by } النسخة { $version } من خطتك.
notice-see-changes = اعرف ما الذي تغيّر
todo-title = المهام
todo-intro = كل ما ينتظرك، الأكثر إلحاحًا أولًا.
todo-none = لا شيء ينتظرك.
todo-disagreement = لا يوافق على النسخة { $version } من خطته
todo-goal = هدف جديد أو معدّل
todo-wish = رغبة جديدة أو معدّلة
todo-review = مراجعة: { $status }
todo-planned-due = حان موعد مراجعة مخطط لها
todo-safeguarding = قلق محتمل بشأن الحماية: أُبلغ عنه بشكل خاص
todo-due = الموعد: { $date }
todo-carer-granted = منح { $carer } الوصول كمقدم رعاية، أو غيّر ما يمكنه رؤيته
todo-carer-ended = أنهى وصول { $carer } كمقدم رعاية
todo-act-carers = عرض مقدمي الرعاية
todo-dealt-with = تمت مناقشته: علّمه كمُعالَج
todo-dealt-with-done = عُلِّم كمُعالَج: اعتراض { $name } على خطته.
todo-urgent = عاجل
todo-act-plan = اطّلع على الخطة
todo-act-answer = ردّ
todo-act-review = افتح المراجعة
todo-act-concern = اقرأ ما قاله

## وصول مقدّمي الرعاية

problem-not-email = أدخل عنوان بريد إلكتروني، مثل name@example.com، أو اتركه فارغًا.
problem-date-in-future = أدخل تاريخًا مضى بالفعل، بصيغة YYYY-MM-DD.
problem-not-phone = أدخل رقم هاتف، مثل 01632 960 001، أو اتركه فارغًا.
problem-not-a-language = اختر إحدى اللغات من القائمة.
problem-taken = هذا مستخدم بالفعل لشخص آخر: تحقق منه، أو ابحث عن ذلك الشخص.
error-last-admin = هذا آخر مسؤول نشط: اجعل شخصًا آخر مسؤولًا أولًا، حتى يتمكن أحد دائمًا من إدارة OurPlan.
error-case-closed = قضيتك مغلقة، لذا لا يمكن تغيير أي شيء هنا. لا يزال بإمكانك قراءة خططك الآن. لطلب الرعاية والدعم مرة أخرى، تواصل مع المجلس.
error-hidden-characters = يحتوي بعض النص على أحرف مخفية، تأتي غالبًا مع النسخ واللصق. اكتبه مرة أخرى، أو الصقه كنص عادي.
error-access-ended = لم يعد بإمكانك الوصول إلى هذا. أنهاه الشخص الذي ترعاه أو أخصائي حالته، أو بلغ تاريخ انتهائه. إذا كنت تظن أن هذا خطأ، فتحدّث معهم.
error-carer-not-linked = هذا الشخص غير مرتبط بك كمقدّم رعاية. اطلب من أخصائي حالتك إضافته أولًا.
error-carer-own-access = لا يمكنك تغيير وصولك بنفسك. فقط الشخص الذي ترعاه، أو أخصائي حالته، يمكنه تغييره.
error-caseworker-manages-access = مُنح هذا الوصول بموجب توكيل دائم (Lasting Power of Attorney) أو بقرار من محكمة، لذلك لا يستطيع تغييره إلا أخصائي حالتك. تحدّث معه إذا أردت تغييره.
scope-plan = رؤية خطتي
scope-budget = رؤية ميزانيتي وأموالي
scope-goals = رؤية أهدافي ورغباتي
scope-add-goals = إضافة أهداف ورغبات نيابة عني
scope-request-review = طلب مراجعة نيابة عني
scope-reviews = متابعة سير مراجعاتي
basis-consent = الموافقة
basis-lpa = توكيل دائم للصحة والرعاية (Lasting Power of Attorney)
basis-deputy = وكيل (deputy) عيّنته محكمة الحماية (Court of Protection)
access-granted = مُنح الوصول
access-changed = تغيّر الوصول
access-ended = انتهى الوصول
access-expired = بلغ الوصول تاريخ انتهائه

## وصول مقدّمي الرعاية في التطبيق

nav-caring-for = أشخاص أرعاهم
my-plans-carers = اختر ما يمكن أن يراه الأشخاص الذين يساعدونك:
access-ended-title = انتهى وصولك
plan-money-hidden = لا يمكنك رؤية الميزانية أو التكاليف: لم يشاركها { $name } معك.
plan-named-worker-theirs = الموظف المسؤول
carers-title = الأشخاص الذين يساعدونني
carers-intro = اختر ما يمكن لكل شخص يساعدك أن يراه ويفعله في { -brand }. اختر فقط ما ترتاح له. يمكنك تغييره أو إنهاؤه في أي وقت.
carers-none = لا يوجد أحد مرتبط بك كمقدّم رعاية بعد. إذا كان أحد يساعدك وتودّ أن يرى خطتك، فاسأل أخصائي حالتك.
carers-relationship = العلاقة: { $relationship }
carers-status = الوصول:
carer-status-not-granted = غير ممنوح
carer-status-active = فعّال
carer-status-expired = انتهى في تاريخ انتهائه
carer-status-ended = منتهٍ
carers-basis = مُنح بموجب: { $basis }
carers-until = حتى { $date }
carers-changed = آخر تغيير بواسطة { $who }
carers-caseworker-manages = مُنح هذا الوصول بموجب توكيل دائم (Lasting Power of Attorney) أو بقرار من محكمة، لذلك لا يستطيع تغييره إلا أخصائي حالتك. تحدّث معه إذا أردت تغييره.
carers-can-do = ما يستطيع { $name } فعله
carers-choose = ما الذي يستطيع { $name } رؤيته وفعله؟
carer-scopes-hint = اختر كل ما ينطبق. كل ما لا تختاره يبقى خاصًا.
carer-scopes-none = لا شيء حاليًا.
carer-ends-on-label = آخر يوم للوصول (اختياري)
carer-ends-on-hint = اترك هذا فارغًا ليستمر الوصول إلى أن يُنهى.
carers-save = احفظ ما يستطيع { $name } فعله
carers-saved = حُفظ. أصبح { $name } يستطيع الآن رؤية وفعل ما اخترته فقط.
carers-end = أنهِ وصول { $name }
carers-end-confirm = من الآن، لن يستطيع { $name } رؤية أي شيء يخصّك، أو فعل أي شيء نيابة عنك. يمكنك منح الوصول مرة أخرى لاحقًا.
carers-end-yes = نعم، أنهِ الوصول الآن
carers-end-no = لا، أبقِه
carers-ended = انتهى وصول { $name }.
carers-history-heading = ما الذي تغيّر
carers-history-none = لم يتغيّر شيء بعد.
carers-history-entry = { $what }: { $name }
carers-history-by = بواسطة { $who }
carers-pressure-heading = هل يضغط عليك أحد؟
carers-pressure-text = إذا كان أحد يضغط عليك لتسمح له برؤية أو فعل المزيد، أو كنت تشعر بعدم الأمان، يمكنك إخبار أخصائي حالتك سرًّا.
carers-pressure-link = أخبر أخصائي حالتك سرًّا
concern-title = أخبر أخصائي حالتك سرًّا
concern-private = لن يرى هذا إلا أخصائي حالتك. لن يُرسل شيء إلى الأشخاص الذين يساعدونك، ولن يتغيّر شيء فيما يمكنهم رؤيته.
concern-danger = إذا كنت في خطر الآن، فاتصل بالرقم 999.
concern-label = ماذا تريد أن يعرف أخصائي حالتك؟ (اختياري)
concern-hint = يمكنك ترك هذا فارغًا. سيعرف أخصائي حالتك مع ذلك أنك تريد التحدّث.
concern-send = أرسل إلى أخصائي حالتي
concern-sent = أُرسل إلى أخصائي حالتك
concern-sent-next = لا يستطيع رؤيته إلا أخصائي حالتك. لم يُرسل شيء إلى الأشخاص الذين يساعدونك.
caring-for-title = الأشخاص الذين ترعاهم
caring-for-intro = أشخاص سمحوا لك برؤية أجزاء من خطة الرعاية والدعم الخاصة بهم، أو بالمساعدة فيها. هم يختارون ما يمكنك فعله، ويمكنهم تغييره في أي وقت.
caring-for-none = لم يمنحك أحد الوصول بعد. عندما يمنحك شخص ترعاه الوصول، سيظهر هنا.
caring-for-allowed = سمح لك { $name } بما يلي:
caring-for-no-plan = لم تُنشر الخطة بعد.
caring-goals-title = الأهداف والرغبات
caring-goals-heading = أهداف ورغبات { $name }
caring-goals-intro = ما يريد الشخص تحقيقه، وكيف يريد أن يتلقّى الدعم. يردّ أخصائي الحالة على كل واحد منها.
caring-goals-goals = الأهداف
caring-goals-none = لا توجد أهداف بعد.
caring-goals-add = أضف هدفًا نيابة عن الشخص
caring-wishes = الرغبات
caring-wishes-none = لا توجد رغبات بعد.
caring-added = أُضيف. سيقرؤه أخصائي الحالة.
caring-form-reason = لماذا يجب مراجعة خطة { $name }؟
caring-form-contact = كيف يتواصل معك الأخصائي المسؤول عن الحالة؟
caring-form-whom = بمن يتصل الأخصائي الاجتماعي: بك، أم بـ { $name }، أم بكليكما؟
caring-whom-me = بي أنا
caring-whom-them = { $name }
caring-whom-both = بكلينا: أنا و{ $name }
review-problem-whom = اختر بمن يتصل الأخصائي الاجتماعي.
review-whom = بمن يُتصل
review-whom-carer = مقدم الرعاية الذي طلب
review-whom-both = مقدم الرعاية الذي طلب و{ $name }
caring-form-needs = ماذا يحتاج { $name } لاجتماع المراجعة؟ (اختياري)
caring-reason-needs-changed = تغيّرت احتياجات { $name }
caring-reason-support-not-working = الدعم المقدم إلى { $name } لا ينجح
caring-reason-hospital = كان { $name } في المستشفى
caring-reason-carer-cant-cope = لا أستطيع الاستمرار في الرعاية كما أفعل الآن
caring-reason-other = شيء آخر
goal-added = أُضيف هدفك إلى قائمتك. سيقرؤه الأخصائي المسؤول عن حالتك.
wish-added = أُضيفت رغبتك إلى قائمتك. سيقرؤها الأخصائي المسؤول عن حالتك.
caring-reviews-title = المراجعات
caring-reviews-heading = مراجعات { $name }
caring-reviews-none = لا توجد مراجعات بعد.
caring-reviews-back = كل المراجعات
caring-ask-title = اطلب مراجعة لشخص ترعاه
caring-ask-heading = اطلب مراجعة نيابة عن { $name }
caring-ask-intro = أخبر أخصائي الحالة بما تغيّر. سيتواصل أخصائي الحالة بشأن ذلك.
caring-ask-sent = أُرسل طلبك
caring-ask-sent-next = سيتواصل أخصائي الحالة بشأن ذلك.
caseload-carers = مقدّمو الرعاية ووصولهم
caseload-concern = قلق محتمل يخصّ الحماية (safeguarding): أُبلغ عنه سرًّا.
caseload-concern-see = اقرأه
staff-carers-title = مقدّمو الرعاية ووصولهم
staff-carers-heading = مقدّمو الرعاية ووصولهم: { $name }
staff-carers-intro = سجّل الموافقة التي أعطاك إياها الشخص، أو التوكيل الدائم (Lasting Power of Attorney)، أو الوكيل (deputy)، مع ما يستطيع كل مقدّم رعاية رؤيته وفعله. يستطيع الشخص أيضًا أن يغيّر من التطبيق الوصول الممنوح بالموافقة.
staff-concerns-heading = قلق محتمل يخصّ الحماية (safeguarding): أُبلغ عنه سرًّا
staff-concerns-intro = أخبرك { $name } سرًّا، عبر { -brand }، بأن هناك من قد يمارس عليه ضغطًا. لم يُبلَّغ مقدّمو الرعاية بذلك. اتّبع إجراءات الحماية (safeguarding) لديك، وانتبه إلى طريقة التواصل.
staff-concern-sent = أُرسل في { $date }
staff-concern-no-text = لم يُكتب شيء: الشخص يريد التحدّث.
staff-concern-regranted = أعاد منح { $carer } الوصول بعد أن أنهيته. إعادة الوصول تحت الضغط علامة تحذير: تحقق معه على انفراد.
staff-concern-read = ضع علامة "مقروء"
staff-concern-marked = وُضعت علامة "مقروء".
staff-carers-list = مقدّمو الرعاية
staff-carers-none = لا يوجد أحد مرتبط بـ { $name } كمقدّم رعاية.
staff-carer-consent-how = كيف أُعطيت الموافقة: { $how }
staff-carer-reference = المرجع: { $reference }
staff-carer-record = سجّل وصول { $name }
staff-record-basis = على أي أساس؟
staff-record-consent-how = كيف أعطى الشخص موافقته؟
staff-record-consent-how-hint = مثلًا: شخصيًا في المنزل، أو عبر الهاتف، أو كتابيًا.
staff-record-reference = رقم التسجيل أو مرجع أمر المحكمة
staff-record-reference-hint = رقم تسجيل التوكيل الدائم (Lasting Power of Attorney)، أو مرجع أمر محكمة الحماية (Court of Protection).
staff-record-reasons = الأسباب
staff-record-reasons-optional = الأسباب (اختياري)
staff-record-reasons-hint = مثلًا: تقييم القدرة العقلية (mental capacity assessment) الذي بُني عليه هذا القرار.
staff-record-save = احفظ هذا الوصول
staff-record-saved = حُفظ وصول { $name }.
staff-cancel = إلغاء
staff-end-reasons = لماذا ينتهي الوصول؟
staff-end-reasons-hint = يُحفظ هذا في سجلّ الشخص.
staff-end-now = أنهِ الوصول الآن
staff-carers-add-heading = أضف مقدّم رعاية
staff-carers-add = أضف مقدّم رعاية جديدًا
staff-add-name = الاسم الكامل
staff-add-relationship = العلاقة بالشخص
staff-add-relationship-hint = مثلًا: ابنة، زوج، صديق.
staff-add-email = عنوان البريد الإلكتروني (اختياري)
staff-add-language = اللغة
staff-add-language-hint = اللغة التي يقرأ بها، على شكل رمز: en-GB للإنجليزية البريطانية.
staff-add-scopes = ما الذي يستطيع رؤيته وفعله؟
staff-add-save = أضف مقدّم الرعاية هذا
