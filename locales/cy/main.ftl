# OurPlan — Cymraeg. Daw pob testun y mae person yn ei ddarllen o'r fan hon.
# Machine translation from en-GB, 2026-11-26: not yet checked by a native speaker. / Cyfieithiad peiriant o en-GB, 2026-11-26: heb ei wirio eto gan siaradwr Cymraeg brodorol.
# Defnyddir yr ids yn y cod fel msg!("id"); mae prawf yn gwirio bod pob un yn bodoli ac yn cael ei ddefnyddio.

-brand = OurPlan

## Cragen yr ap

app-name = { -brand }
skip-link = Neidio i'r prif gynnwys
nav-label = Prif
nav-home = Hafan
footer-accessibility = Datganiad hygyrchedd
footer-run-by = { $council } sy'n rhedeg { -brand }.
demo-banner = Arddangosiad: mae pawb yma wedi'u dyfeisio. Peidiwch â rhoi gwybodaeth go iawn.
loading = Yn llwytho…
language-label = Iaith
language-change = Newid
language-unchecked = Cyfrifiadur wnaeth y cyfieithiad hwn, a dydy siaradwr Cymraeg brodorol ddim wedi'i wirio eto. Os nad yw rhywbeth yn glir, dewiswch Saesneg neu gofynnwch i'ch gweithiwr achos.
load-failed = Mae'n ddrwg gennym, doedd dim modd llwytho'r dudalen hon. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.
try-again = Rhoi cynnig arall arni

## Hafan

home-title = Eich cynllun gofal a chymorth
home-intro = Gwelwch eich cynllun ar eich ffôn, ychwanegwch eich nodau a'ch dymuniadau eich hun, a gofynnwch am adolygiad pan fydd pethau'n newid.
home-can-heading = Gyda { -brand }, gallwch
home-can-plan = ddarllen eich cynllun gofal a chymorth mewn geiriau syml
home-can-goals = ddweud beth sy'n bwysig i chi a beth rydych eisiau ei gyflawni
home-can-review = ofyn am adolygiad a dilyn beth sy'n digwydd nesaf
home-can-carer = adael i ofalwr weld y rhannau o'ch cynllun rydych chi'n eu dewis
home-contact-heading = Manylion cyswllt { $council }
home-contact-intro = Os oes angen help arnoch, neu os hoffech gael eich cynllun mewn fformat arall, cysylltwch â'r tîm gofal cymdeithasol i oedolion.
home-contact-phone = Ffôn: { $phone }
home-contact-email = E-bost: { $email }
home-contact-website = Gwefan: { $website }

## Datganiad hygyrchedd

a11y-title = Datganiad hygyrchedd
a11y-intro = Dylai cymaint o bobl â phosibl allu defnyddio { -brand }. Dylech allu ei ddefnyddio ar ffôn bach, chwyddo testun i 200% heb golli dim, symud o gwmpas gyda bysellfwrdd yn unig, a'i ddefnyddio gyda darllenydd sgrin.
a11y-testing-heading = Sut rydym yn profi
a11y-testing = Mae pob newid yn cael ei brofi'n awtomatig mewn porwr go iawn ar sgriniau maint ffôn, ym mhob iaith, gyda thestun ddwywaith ei faint arferol. Mae'r gwiriwr axe-core yn gwirio pob tudalen yn erbyn Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2, lefelau A ac AA. Gallwch ddewis eich iaith, maint testun, cyferbyniad, lliwiau golau neu dywyll, a diffodd symudiad o dan Maint testun a lliwiau.
a11y-known-heading = Beth rydym yn gwybod sydd ddim yn gweithio eto
a11y-known = Cyfrifiadur wnaeth y cyfieithiadau i'r Gymraeg, Pwyleg, Rwmaneg, Pwnjabeg, Wrdw, Arabeg a Bengaleg, a'r fersiwn Hawdd ei Ddeall (Easy Read). Dydy siaradwyr brodorol a darllenwyr Hawdd ei Ddeall ddim wedi'u gwirio eto. Dydyn ni ddim wedi profi eto gyda'r darllenwyr sgrin mae pobl yn eu defnyddio (NVDA, JAWS, VoiceOver, TalkBack).
a11y-contact-heading = Rhowch wybod i ni am broblem
a11y-contact = Os nad yw rhywbeth yn gweithio i chi, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol, cysylltwch â thîm gofal cymdeithasol i oedolion eich cyngor.
display-title = Maint testun a lliwiau
display-intro = Gwnewch y testun yn fwy, neu newidiwch y lliwiau, fel ei bod yn haws i chi ddarllen. Mae pob newid yn ymddangos ar unwaith.
display-text-size = Maint testun
display-size-value = { $percent }%
display-theme = Golau neu dywyll
display-theme-system = Fel mae fy ffôn wedi'i osod
display-theme-light = Golau
display-theme-dark = Tywyll
display-contrast = Cyferbyniad uchel
display-motion = Diffodd symudiad ac animeiddio
display-kept-account = Mae eich gosodiadau wedi'u cadw ar eich cyfrif, felly maen nhw'n eich dilyn i unrhyw ffôn.
display-kept-phone = Mae eich gosodiadau wedi'u cadw ar y ffôn hwn. Mewngofnodwch i'w cadw ar eich cyfrif hefyd.
a11y-enforcement = Os nad ydych yn hapus gyda sut mae eich cyngor yn ymateb, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (Equality Advisory and Support Service, EASS).

## Heb ddod o hyd i'r dudalen

not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfan.
not-found-home = Mynd i'r hafan

## Gwallau y mae'r gweinydd yn eu hanfon

error-not-found = Doedd dim modd dod o hyd i'r hyn y gofynnoch amdano.
error-database-unavailable = Dydy'r gwasanaeth ddim ar gael ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.
error-payload-too-large = Mae'r hyn a anfonoch yn rhy fawr. Anfonwch lai ar y tro.
error-timeout = Cymerodd hyn ormod o amser. Rhowch gynnig arall arni.
error-internal = Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni yn nes ymlaen.
error-signed-out = Mewngofnodwch i weld y dudalen hon.
error-cross-origin = Daeth y cais hwn o wefan arall, felly cafodd ei wrthod.
error-rate-limited = Gormod o gynigion. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.
error-invitation-unknown = Dydy'r cod gwahoddiad hwn ddim yn gywir. Gwiriwch ef a rhowch gynnig arall arni, neu gofynnwch i'ch gweithiwr achos am un newydd.
error-invitation-expired = Mae'r gwahoddiad hwn wedi dod i ben. Gofynnwch i'ch gweithiwr achos am un newydd.
error-invitation-used = Mae'r gwahoddiad hwn wedi'i ddefnyddio'n barod. Os nad chi oedd hynny, dywedwch wrth eich gweithiwr achos ar unwaith.
error-invitation-revoked = Cafodd y gwahoddiad hwn ei ganslo. Gofynnwch i'ch gweithiwr achos am un newydd.
error-ceremony-expired = Cymerodd hyn ormod o amser. Dechreuwch eto.
error-passkey-not-accepted = Chafodd eich allwedd mynediad ddim ei derbyn. Rhowch gynnig arall arni, neu gofynnwch i'ch gweithiwr achos eich helpu i osod un newydd.
error-last-passkey = Dyma'ch unig allwedd mynediad. Ychwanegwch un arall cyn i chi ei thynnu, neu fyddwch chi ddim yn gallu mewngofnodi.
error-passkey-name-missing = Rhowch enw i'r allwedd mynediad hon, fel "fy ffôn".
error-passkey-name-too-long = Rhowch enw byrrach i'r allwedd mynediad hon: 60 nod ar y mwyaf.
error-bad-request = Doedd rhywbeth yn y cais hwn ddim yn iawn. Rhowch gynnig arall arni.

## Llywio a chyfrif

nav-sign-in = Mewngofnodi
nav-account = Eich cyfrif
nav-invitations = Gwahoddiadau
sign-out = Allgofnodi
error-summary-title = Mae problem
role-person = person
role-caseworker = gweithiwr achos
role-manager = rheolwr
role-admin = gweinyddwr

## Mewngofnodi

sign-in-title = Mewngofnodi
sign-in-intro = Defnyddiwch yr allwedd mynediad ar eich ffôn: eich ôl bys, eich wyneb neu glo eich sgrin. Does dim cyfrinair i'w gofio a dim byd i'w deipio.
sign-in-button = Mewngofnodi gydag allwedd mynediad
sign-in-first = Mewngofnodwch i weld y dudalen hon.
sign-in-first-time-heading = Y tro cyntaf yma?
sign-in-first-time = Gall eich gweithiwr achos roi cod gwahoddiad i chi. Rydych yn ei ddefnyddio unwaith, i osod allwedd mynediad ar eich ffôn.
sign-in-have-invitation = Mae gen i god gwahoddiad
sign-in-lost-heading = Wedi colli eich ffôn?
sign-in-lost = Cysylltwch â'ch gweithiwr achos. Ar ôl gwirio pwy ydych chi, bydd yn rhoi cod gwahoddiad newydd i chi i osod allwedd mynediad ar eich ffôn newydd.
demo-sign-in-heading = Edrych o gwmpas fel rhywun
demo-sign-in-intro = Arddangosiad gyda phobl sydd wedi'u dyfeisio yw hwn. Dewiswch unrhyw un i weld beth maen nhw'n ei weld, heb allwedd mynediad.
demo-sign-in-as = { $name } ({ $role })

## Negeseuon allwedd mynediad

passkey-cancelled = Chafodd yr allwedd mynediad ddim ei defnyddio: efallai eich bod wedi canslo, neu cymerodd ormod o amser. Rhowch gynnig arall arni pan fyddwch yn barod.
passkey-already-here = Mae gan y ddyfais hon allwedd mynediad ar gyfer eich cyfrif yn barod. Gallwch fewngofnodi gyda hi.
passkey-unsupported = Dydy'r porwr hwn ddim yn gallu defnyddio allweddi mynediad. Rhowch gynnig ar y fersiwn ddiweddaraf o Chrome, Safari, Firefox neu Samsung Internet, neu gofynnwch i'ch gweithiwr achos am help.
passkey-failed = Aeth rhywbeth o'i le gyda'r allwedd mynediad. Rhowch gynnig arall arni.

## Defnyddio gwahoddiad

invitation-title = Gosod eich allwedd mynediad
invitation-intro = Rhowch y cod gwahoddiad a gawsoch gan eich gweithiwr achos. Yna bydd eich ffôn yn gofyn i chi greu allwedd mynediad gyda'ch ôl bys, eich wyneb neu glo eich sgrin.
invitation-code-label = Cod gwahoddiad
invitation-code-hint = Er enghraifft, 7KQ2-M9XW-3R. Does dim ots am briflythrennau a chysylltnodau.
passkey-name-label = Rhowch enw i'r allwedd mynediad hon
passkey-name-hint = Er mwyn i chi allu gwahaniaethu rhwng eich allweddi mynediad, er enghraifft "fy ffôn".
invitation-submit = Gosod fy allwedd mynediad

## Eich cyfrif

account-title = Eich cyfrif
account-signed-in-as = Rydych wedi mewngofnodi fel { $name }.
passkeys-title = Eich allweddi mynediad
passkeys-intro = Mae allwedd mynediad yn gadael i chi fewngofnodi o ffôn neu gyfrifiadur. Gallwch gael mwy nag un, felly fyddwch chi ddim yn cael eich cloi allan os byddwch yn colli ffôn.
passkeys-lost-phone = Os ydych wedi colli ffôn neu wedi'i roi i ffwrdd, tynnwch ei allwedd mynediad yma.
passkeys-added-on = Ychwanegwyd { $date }
passkeys-last-used = Defnyddiwyd ddiwethaf { $date }
passkeys-never-used = Heb ei defnyddio i fewngofnodi eto
passkeys-remove = Tynnu
passkeys-removed = Cafodd yr allwedd mynediad "{ $name }" ei thynnu.
passkeys-add-heading = Ychwanegu allwedd mynediad
passkeys-add = Ychwanegu allwedd mynediad ar y ddyfais hon
passkeys-added = Cafodd yr allwedd mynediad "{ $name }" ei hychwanegu.
devices-title = Dyfeisiau sydd wedi mewngofnodi
devices-intro = Dyma'r ffonau a'r cyfrifiaduron lle rydych wedi mewngofnodi. Os nad ydych yn adnabod un, neu os gwnaethoch aros wedi mewngofnodi yn rhywle, allgofnodwch ef.
devices-unknown = Dyfais anhysbys
devices-browser-on-system = { $browser } ar { $system }
devices-this-device = Y ddyfais hon
devices-signed-in-on = Mewngofnodwyd { $date }
devices-last-active = Defnyddiwyd ddiwethaf { $date }
devices-end = Allgofnodi'r ddyfais hon

## Gwahoddiadau (staff)

invitations-title = Gwahoddiadau
invitations-intro = Gwahoddwch rywun i osod allwedd mynediad. Darllenwch y cod iddyn nhw dros y ffôn, neu anfonwch y ddolen atyn nhw. Mae pob cod yn gweithio unwaith.
invitations-people-heading = Pobl y gallwch eu gwahodd
invitations-on-caseload = Ar eich llwyth achosion
invitations-carer-of = Gofalwr i { $name }
invitations-has-account = Mae ganddyn nhw gyfrif yn barod
invitations-invite = Creu gwahoddiad
invitations-recovery = Creu gwahoddiad adfer, ar ôl gwirio pwy ydyn nhw
invitations-created = Gwahoddiad i { $name }
invitations-code-label = Cod:
invitations-link-label = Neu'r ddolen hon:
invitations-expires = Yn gweithio tan { $date }
invitations-sent-heading = Gwahoddiadau rydych wedi'u hanfon
invitations-none-sent = Dydych chi ddim wedi anfon unrhyw wahoddiadau eto.
invitations-revoke = Canslo'r gwahoddiad hwn
invitation-purpose-register = I osod yr allwedd mynediad gyntaf
invitation-purpose-recovery = I gymryd lle allwedd mynediad a gollwyd
invitation-status-pending = Heb ei ddefnyddio eto
invitation-status-used = Wedi'i ddefnyddio
invitation-status-expired = Wedi dod i ben
invitation-status-revoked = Wedi'i ganslo

## Gwirio atebion cynllun

error-validation = Mae angen newid rhai atebion. Mae pob un yn dweud beth i'w wneud.
error-version-conflict = Cadwodd rhywun arall y cynllun hwn tra oeddech chi'n ei olygu, felly chafodd eich newidiadau ddim eu cadw. Copïwch unrhyw beth rydych eisiau ei gadw, yna ail-lwythwch y dudalen i weld eu newidiadau nhw.
error-comment-too-long = Mae eich sylw yn rhy hir: 2,000 nod ar y mwyaf.
plan-problem-required = Llenwch hwn cyn i'r cynllun gael ei gyhoeddi.
plan-problem-too-long = Mae hwn yn rhy hir. Gwnewch ef yn fyrrach.
plan-problem-too-many = Mae gormod o gofnodion yma. Cyfunwch rai ohonyn nhw.
plan-problem-money = Rhowch swm mewn punnoedd a cheiniogau, fel 102.90, o £0 hyd at £100,000.
plan-problem-hours = Rhowch oriau'r wythnos, fel 7.5, hyd at 168.
plan-problem-date = Rhowch ddyddiad go iawn, fel 2027-03-01.
plan-problem-date-range = Dewiswch ddyddiad o heddiw ymlaen ac o fewn tair blynedd.

## Cynllun, mewn geiriau

plan-section-about-me = Amdanaf i
plan-section-strengths = Fy nghryfderau
plan-section-needs = Fy anghenion
plan-section-outcomes = Beth rydw i eisiau ei gyflawni
plan-section-support = Fy nghymorth
plan-section-budget = Fy nghyllideb bersonol
plan-section-advice = Cyngor, a chadw'n iach
plan-section-contingency = Os aiff rhywbeth o'i le
plan-section-involved = Pwy helpodd i lunio'r cynllun hwn
plan-section-review = Adolygiad nesaf
plan-important-to-me = Beth sy'n bwysig i mi
plan-people-important = Pobl sy'n bwysig i mi
plan-communication = Sut rydw i'n cyfathrebu, a sut i gyfathrebu â mi
plan-how-to-support = Y ffordd orau o fy nghefnogi
plan-please-do = Gwnewch hyn
plan-please-dont = Peidiwch â gwneud hyn
plan-can-do = Beth rydw i'n gallu ei wneud
plan-who-helps = Pwy a beth sy'n fy helpu yn barod
plan-need = Angen
plan-need-description = yr help sydd ei angen arnaf
plan-eligible = yn gymwys i gael cymorth gan y cyngor
plan-eligible-yes = Ydy
plan-eligible-no = Nac ydy
plan-wellbeing = y rhannau o fy llesiant y mae'n effeithio arnyn nhw
plan-how-met = sut y caiff ei ddiwallu
plan-outcomes = Canlyniadau, yn fy ngeiriau i
plan-support-item = Cymorth
plan-support-what = beth
plan-support-who = pwy
plan-support-when = pryd a pha mor aml
plan-support-hours = oriau'r wythnos
plan-support-cost = cost yr wythnos
plan-carer-agreed = { $name } (gofalwr di-dâl, sydd wedi cytuno i hyn)
plan-carer-not-agreed = { $name } (gofalwr di-dâl, sydd heb gytuno i hyn eto)
plan-budget-yearly = Cyllideb bersonol y flwyddyn
plan-budget-weekly = Cyllideb bersonol yr wythnos
plan-budget-council = Mae'r cyngor yn talu, yr wythnos
plan-budget-contribution = Rydw i'n cyfrannu, yr wythnos
plan-budget-managed = Sut mae'n cael ei rheoli
plan-direct-payment = Taliad uniongyrchol
plan-direct-payment-text = { $amount } bob { $weeks } wythnos
budget-direct-payment = Taliad uniongyrchol: rydw i'n trefnu fy nghymorth fy hun
budget-council-managed = Mae'r cyngor yn trefnu fy nghymorth
budget-individual-service-fund = Cronfa gwasanaeth unigol: mae darparwr a ddewisais i yn dal yr arian
plan-advice = Cyngor a gwybodaeth
plan-prevention = Cadw'n iach: atal neu oedi anghenion pellach
plan-if-carer-ill = Os bydd fy ngofalwr yn sâl
plan-if-visit-missed = Os bydd ymweliad yn cael ei golli
plan-who-to-call = Pwy i'w ffonio
plan-out-of-hours = Y tu allan i oriau gwaith
plan-involved = Pobl sy'n rhan o hyn
plan-next-review = Adolygiad nesaf wedi'i gynllunio
wellbeing-dignity = Urddas a pharch
wellbeing-health = Iechyd corfforol a meddyliol, a theimlo'n iach
wellbeing-protection = Bod yn ddiogel rhag camdriniaeth ac esgeulustod
wellbeing-control = Rheolaeth dros fy mywyd bob dydd
wellbeing-participation = Gwaith, dysgu a phethau rydw i'n eu mwynhau
wellbeing-social-economic = Arian a bod yn rhan o fy nghymuned
wellbeing-relationships = Teulu a pherthnasoedd
wellbeing-accommodation = Cartref addas
wellbeing-contribution = Cyfrannu at gymdeithas
plan-title-care = Cynllun gofal a chymorth ar gyfer { $name }
plan-title-carer = Cynllun cymorth gofalwr ar gyfer { $name }
plan-published-by = Fersiwn { $version }, wedi'i chyhoeddi gan { $name }

## Cynlluniau yn yr ap

nav-my-plan = Eich cynllun
nav-caseload = Llwyth achosion
my-plans-title = Eich cynlluniau
my-plans-none = Dydy eich cynllun ddim wedi'i gyhoeddi eto. Bydd eich gweithiwr achos yn dweud wrthych pan fydd yn barod.
my-plans-care = Cynllun gofal a chymorth
my-plans-carer = Cynllun cymorth gofalwr
plan-page-title = Eich cynllun
plan-published-on = Fersiwn { $version }, wedi'i chyhoeddi gan { $name } ar { $date }.
plan-not-latest = Fersiwn gynharach yw hon. Mae un mwy newydd.
plan-named-worker = Eich gweithiwr enwebedig
glance-heading = Golwg gyflym
glance-support = { $what }: { $hours } awr yr wythnos
glance-call = Ffonio { $phone }
glance-text = Anfon neges destun i { $phone }
glance-email = E-bostio { $email }
glance-urgent = Os oes angen help arnoch ar frys, ffoniwch y cyngor:
glance-ask-review = Gofyn am adolygiad
glance-contents = Cynnwys
plan-more-label = Mwy am y cynllun hwn
plan-versions-link = Pob fersiwn, a beth newidiodd
plan-download = Cadw copi o'r cynllun hwn
plan-print = Argraffu'r cynllun hwn
plan-answer-heading = Ydych chi'n cytuno â'r cynllun hwn?
plan-answer-question = Ydych chi'n cytuno â'r cynllun hwn?
plan-agree = Rydw i'n cytuno â'r cynllun hwn
plan-disagree = Dydw i ddim yn cytuno â'r cynllun hwn
plan-comment-label = Unrhyw beth rydych eisiau ei ddweud (dewisol)
plan-comment-hint = Bydd eich gweithiwr achos yn darllen hwn.
plan-answer-send = Anfon fy ateb
plan-you-agreed = Ar { $date } dywedoch eich bod yn cytuno â'r cynllun hwn.
plan-you-disagreed = Ar { $date } dywedoch nad ydych yn cytuno â'r cynllun hwn. Mae eich gweithiwr achos wedi cael gwybod.
plan-response-agrees = Wedi cytuno â'r fersiwn hon
plan-response-disagrees = Heb gytuno â'r fersiwn hon
versions-title = Pob fersiwn
versions-version = Fersiwn { $version }
versions-published = Cyhoeddwyd gan { $name } ar { $date }
versions-no-answer = Dim ateb eto
versions-compare-heading = Cymharu dwy fersiwn
versions-compare-from = O fersiwn
versions-compare-to = I fersiwn
versions-compare = Dangos beth newidiodd
versions-changes = Beth newidiodd o fersiwn { $from } i fersiwn { $to }
versions-no-changes = Dim newid.
versions-before = Cyn:
versions-after = Ar ôl:
looked-at-title = Pwy sydd wedi edrych ar fy nghynllun
looked-at-intro = Pawb a agorodd eich cynllun, a phryd. Mae hyn yn cynnwys staff y cyngor.
looked-at-who = Pwy
looked-at-when = Pryd
caseload-title = Llwyth achosion
caseload-worker = Gweithiwr enwebedig: { $name }
caseload-edit = Golygu'r cynllun
caseload-read = Darllen y cynllun a gyhoeddwyd
caseload-start = Dechrau cynllun gofal a chymorth
caseload-search = Dod o hyd i berson yn ôl enw neu gyfeirnod achos
caseload-only-flagged = Dim ond pobl â phryder diogelu posibl
caseload-shown = { $count ->
    [zero] { $count } o bobl
    [one] { $count } person
    [two] { $count } berson
    [few] { $count } pherson
    [many] { $count } pherson
   *[other] { $count } o bobl
}
caseload-col-person = Person
caseload-col-plan = Cynllun
caseload-col-review = Adolygiad nesaf
caseload-col-attention = Angen sylw
caseload-reference = Cyfeirnod achos { $reference }
caseload-communication = Anghenion gwybodaeth: { $needs }
caseload-no-plan = Dim cynllun eto
caseload-published = Fersiwn { $version } wedi'i chyhoeddi
caseload-not-published = Heb ei gyhoeddi eto
caseload-no-review = Heb ei osod: dim cynllun wedi'i gyhoeddi
caseload-nothing = Dim
caseload-close = Cau'r achos
caseload-close-explain = Daw { $name } oddi ar y llwyth achosion. Gallant ddal i fewngofnodi a darllen eu cynlluniau cyhoeddedig am gyfnod, ac yna ni allant fewngofnodi. Nid oes dim yn cael ei ddileu.
caseload-close-confirm = Cau achos { $name }
caseload-closed = Mae achos { $name } wedi'i gau. Gallant ddarllen eu cynlluniau tan { $date }.
nav-team = Timau a staff
team-title = Timau a staff
team-intro = Crëwch dimau, gwahoddwch staff, a newidiwch eu rôl neu eu tîm. Pan fydd rhywun yn gadael, analluogwch nhw: fyddan nhw ddim yn gallu mewngofnodi mwyach, a bydd eu pobl yn aros ar y llwyth achosion am weithiwr achos newydd.
team-teams-heading = Timau
team-members = { $count ->
    [zero] { $count } o aelodau
    [one] { $count } aelod
    [two] { $count } aelod
    [few] { $count } aelod
    [many] { $count } aelod
   *[other] { $count } o aelodau
}
team-new-name = Enw tîm newydd
team-create = Creu'r tîm
team-created = Tîm wedi'i greu: { $name }.
team-rename-label = Enw newydd ar gyfer { $name }
team-rename = Ailenwi
team-renamed = Tîm wedi'i ailenwi: { $name }.
team-invite-heading = Gwahodd aelod o staff
team-invite-name = Enw llawn
team-invite-email = E-bost gwaith
team-role = Rôl
team-team = Tîm
team-no-team = Dim tîm
team-invite = Eu gwahodd
team-staff-heading = Staff
team-col-name = Enw
team-col-role = Rôl a thîm
team-col-status = Statws
team-col-change = Newid
team-active = Yn weithredol
team-left = Wedi gadael
team-signed-up = Mae ganddyn nhw allwedd mynediad
team-invited = Wedi'u gwahodd, heb gofrestru eto
team-caseload = { $count ->
    [zero] { $count } o bobl ar eu llwyth achosion
    [one] { $count } person ar eu llwyth achosion
    [two] { $count } berson ar eu llwyth achosion
    [few] { $count } pherson ar eu llwyth achosion
    [many] { $count } pherson ar eu llwyth achosion
   *[other] { $count } o bobl ar eu llwyth achosion
}
team-save = Cadw'r newid
team-saved = Wedi'i gadw: rôl a thîm { $name }.
team-disable = Analluogi: maen nhw wedi gadael
team-disabled = Dydy { $name } ddim yn gallu mewngofnodi mwyach. Mae eu pobl yn aros ar y llwyth achosion am weithiwr achos newydd.
team-enable = Galluogi eto
team-enabled = Gall { $name } fewngofnodi eto.
team-changes-link = Gweld y cofnod o newidiadau staff
changes-title = Newidiadau staff
changes-intro = Pob newid i dimau a staff, y mwyaf newydd yn gyntaf, gyda phwy a'i gwnaeth.
changes-none = Dim newidiadau eto.
changes-col-when = Pryd
changes-col-who = Pwy
changes-col-what = Beth
changes-col-about = Ynghylch
change-team-created = Wedi creu'r tîm
change-team-renamed = Wedi ailenwi'r tîm
change-staff-invited = Wedi gwahodd
change-staff-changed = Wedi newid rôl neu dîm
change-staff-disabled = Wedi analluogi (wedi gadael)
change-staff-enabled = Wedi galluogi eto
register-title = Cofrestru person
register-intro = Rhywun sy'n cael gofal a chymorth. Ar ôl eu cofrestru, dechreuwch eu cynllun o'r llwyth achosion, a'u gwahodd o'r dudalen Gwahoddiadau.
register-name = Enw llawn
register-preferred = Beth maen nhw'n hoffi cael eu galw (dewisol)
register-born = Dyddiad geni (dewisol)
register-language = Yr iaith mae OurPlan yn ei siarad â nhw
register-needs = Sut mae angen rhoi gwybodaeth iddyn nhw (dewisol)
register-needs-hint = Er enghraifft: print bras, Hawdd ei Ddeall (Easy Read), Iaith Arwyddion Prydain (BSL), neu rywun i'w ddarllen gyda nhw.
register-email = E-bost (dewisol)
register-phone = Ffôn (dewisol)
register-reference = Cyfeirnod achos
register-reference-hint = Cyfeirnod y cyngor ar eu cyfer yn ei system rheoli achosion.
register-caseworker = Gweithiwr achos
register-no-caseworker = Neb eto: maen nhw'n aros ar y llwyth achosion
register-send = Eu cofrestru
register-done = Cofrestrwyd { $name }.
caseload-register = Cofrestru person
caseload-needs-allocation = Angen gweithiwr achos
caseload-allocate-label = Gweithiwr achos ar gyfer { $name }
caseload-allocate = Dyrannu
caseload-allocated = Mae gan { $name } weithiwr achos newydd, ac mae wedi cael gwybod.
notice-worker = { $name } yw eich gweithiwr enwebedig nawr. Mae sut i gysylltu â nhw ar eich cynllun.
caseload-choose = Dewiswch weithiwr achos
editor-title = Golygu'r cynllun
editor-intro = Mae newidiadau'n cael eu cadw fel drafft. Dim ond pan fyddwch yn ei gyhoeddi y bydd y person yn gweld y cynllun.
editor-save = Cadw'r drafft
editor-publish = Cadw a chyhoeddi
editor-saved = Drafft wedi'i gadw.
editor-published = Fersiwn { $version } wedi'i chyhoeddi.
publish-title = Gwirio eich newidiadau
publish-intro = Bydd { $name } yn gweld fersiwn { $version } o'u cynllun, ac yn cael gwybod ei fod yn newydd.
publish-first = Dyma eu cynllun cyntaf: mae'r cyfan yn newydd.
publish-changes = Beth sy'n newid ers fersiwn { $version }
publish-message = Neges i { $name } (dewisol)
publish-message-hint = Mae'n dod gyda'r newyddion am y fersiwn newydd. Dywedwch beth newidiodd a pham, mewn geiriau syml.
publish-button = Cyhoeddi fersiwn { $version }
publish-told = Mae { $name } wedi cael gwybod, yn yr ap, a drwy e-bost os oes ganddynt gyfeiriad.
publish-back = Yn ôl i'r drafft
publish-back-todo = Yn ôl i'ch rhestr I'w wneud
editor-read-published = Darllen y cynllun a gyhoeddwyd
editor-one-per-line = Un ar bob llinell.
editor-add-need = Ychwanegu angen
editor-remove-need = Tynnu angen { $n }
editor-add-support = Ychwanegu cymorth
editor-remove-support = Tynnu cymorth { $n }
editor-unpaid-carer = Yn cael ei roi gan ofalwr di-dâl
editor-carer-agreed = Mae'r gofalwr wedi cytuno i hyn
editor-hours-hint = Er enghraifft, 7.5
editor-money-hint = Mewn punnoedd a cheiniogau, er enghraifft 102.90
editor-has-budget = Mae gan y cynllun hwn gyllideb bersonol
editor-payment-amount = Swm y taliad uniongyrchol
editor-payment-weeks = Yn cael ei dalu bob sawl wythnos

## Nodau a dymuniadau

problem-date-in-past = Dewiswch ddyddiad o heddiw ymlaen.
problem-importance = Dewiswch pa mor bwysig yw hyn, o 1 i 10.
wish-please-do = Gwnewch hyn
wish-please-dont = Peidiwch â gwneud hyn
wish-times = Amseroedd
wish-people = Pobl
wish-culture = Diwylliant
wish-faith = Ffydd
wish-food = Bwyd
wish-language = Iaith
wish-other = Rhywbeth arall
error-goal-withdrawn = Cafodd y nod hwn ei dynnu'n ôl, felly does dim modd ei newid mwyach. Gallwch ychwanegu un newydd.
nav-goals = Nodau a dymuniadau
nav-contributions = Nodau a dymuniadau
goals-title = Eich nodau a'ch dymuniadau
goals-intro = Dywedwch, yn eich geiriau eich hun, beth rydych eisiau ei gyflawni a sut rydych eisiau cael eich cefnogi. Bydd eich gweithiwr achos yn ateb, ac yn dweud wrthych a fydd yn mynd i mewn i'ch cynllun.
goals-heading = Eich nodau
goals-none = Dydych chi ddim wedi ychwanegu nod eto.
goals-add-heading = Ychwanegu nod
goal-what = Beth rydw i eisiau ei gyflawni
goal-why = Pam mae'n bwysig i mi
goal-can-do = Beth rydw i'n gallu ei wneud fy hun
goal-who-helps = Pwy sy'n fy helpu
goal-would-help = Beth fyddai'n helpu
goal-importance = Pa mor bwysig ydyw
goal-importance-hint = Mae 1 yn golygu ychydig, mae 10 yn golygu pwysig iawn.
goal-importance-choose = Dewiswch o 1 i 10
goal-importance-value = { $n } allan o 10
goal-step-legend = Cam { $n } (dewisol)
step-what = Beth
step-who = Pwy
step-by-when = Erbyn pryd
goal-add = Ychwanegu'r nod hwn
goal-save = Cadw'r newidiadau
goal-change = Newid y nod hwn
goal-withdraw = Tynnu'r nod hwn yn ôl
goal-withdrawn = Wedi'i dynnu'n ôl
goal-steps = Camau
step-done = Wedi'i wneud:
step-by = erbyn { $date }
step-mark-done = Marcio fel wedi'i wneud
goal-note-label = Sut mae'n mynd?
goal-note-add = Ychwanegu nodyn
written-by = Ysgrifennwyd gan { $name } ({ $role }), { $date }
written-by-person = Ysgrifennwyd gan { $name }, { $date }
decision-new = Heb ei ddarllen eto
decision-seen = Wedi'i ddarllen gan eich gweithiwr achos
decision-added = Wedi'i ychwanegu at y cynllun
decision-not-added = Heb ei ychwanegu at y cynllun
decision-in-plan = Gweld hyn yn eich cynllun (fersiwn { $version })
decision-reason = Pam ddim: { $reason }
wishes-heading = Eich dymuniadau
wishes-intro = Sut rydych eisiau i gymorth gael ei roi: beth i'w wneud a beth i beidio â'i wneud, amseroedd, pobl, diwylliant, ffydd, bwyd, iaith.
wishes-add-heading = Ychwanegu dymuniad
wish-kind-label = Am beth mae'n sôn
wish-text-label = Eich dymuniad
wish-add = Ychwanegu'r dymuniad hwn
wish-remove = Tynnu'r dymuniad hwn
contributions-title = Nodau a dymuniadau
contributions-intro = Beth mae'r bobl rydych yn gweithio gyda nhw wedi'i ysgrifennu, y mwyaf newydd a'r rhai heb eu darllen yn gyntaf. Atebwch bob un; dywedwch a wnaethoch ei ychwanegu at eu cynllun.
contributions-none = Dim byd newydd.
contribution-goal = nod
contribution-wish = dymuniad
answer-comment = Eich ateb iddyn nhw
answer-decision = Ydy hyn yn eu cynllun?
answer-seen = Heb benderfynu eto
answer-added = Ydy, yn fersiwn { $version } o'u cynllun
answer-not-added = Nac ydy, a byddaf yn dweud pam
answer-reason = Pam na chafodd ei ychwanegu (byddan nhw'n darllen hwn)
answer-send = Anfon eich ateb
answer-sent = Mae eich ateb wedi'i anfon. Caiff { $name } wybod, ac mae'n dangos ar y cerdyn hwn.
wish-change = Newid y dymuniad hwn

## Adolygiadau

problem-missing = Llenwch hwn.
problem-no-such-version = Does dim fersiwn o gynllun y person hwn wedi'i chyhoeddi gyda'r rhif hwnnw. Cyhoeddwch y cynllun diwygiedig yn gyntaf, yna dewiswch ei fersiwn.
error-review-already-open = Rydych eisoes wedi gofyn am adolygiad am y rheswm hwn, ac mae'n dal ar agor. Gallwch ei ddilyn ar eich tudalen Adolygiadau.
error-review-step-not-allowed = Does dim modd i'r adolygiad hwn symud i'r cam hwnnw o'r man lle mae nawr. Ail-lwythwch y dudalen i weld ble mae.
review-reason-needs-changed = Mae fy anghenion wedi newid
review-reason-support-not-working = Dydy fy nghymorth ddim yn gweithio
review-reason-hospital = Rydw i wedi bod yn yr ysbyty
review-reason-carer-cant-cope = Dydy fy ngofalwr ddim yn gallu dal ati
review-reason-other = Rhywbeth arall
review-urgency-urgent = Brys: mae angen help arnaf o fewn dyddiau
review-urgency-soon = Cyn bo hir: yn yr ychydig wythnosau nesaf
review-urgency-can-wait = Gall aros
urgent-help-heading = Os oes angen help arnoch nawr
urgent-help-intro = Peidiwch ag aros am yr adolygiad. Ffoniwch:
urgent-help-worker = { $name }, y gweithiwr enwebedig: { $phone }
urgent-help-council = { $council }: { $phone }
urgent-help-999 = Mewn argyfwng: 999
review-contact-phone = Galwad ffôn
review-contact-email = E-bost
review-contact-text = Neges destun
review-contact-letter = Llythyr
review-meeting-phone = dros y ffôn
review-meeting-visit = ymweliad
review-meeting-video = galwad fideo
review-step-submitted = Gofynnwyd amdano
review-step-planned = Wedi'i gynllunio gan y cyngor
review-step-acknowledged = Wedi'i dderbyn gan eich gweithiwr achos
review-step-scheduled = Adolygiad wedi'i drefnu
review-step-completed = Adolygiad wedi'i gwblhau
review-step-declined = Ddim yn mynd yn ei flaen
review-target-acknowledge = Cydnabod erbyn { $date }
review-target-decide = Penderfynu erbyn { $date }
review-target-review = Adolygu erbyn { $date }
email-review-subject = Diweddariad am eich adolygiad
email-review-body = Mae diweddariad am eich adolygiad. Mewngofnodwch i'w weld: { $link }
email-news-subject = Rhywbeth newydd yn OurPlan
email-news-body = Mae rhywbeth newydd i chi yn OurPlan. Mewngofnodwch i'w weld: { $link }

## Adolygiadau yn yr ap

nav-reviews = Adolygiadau
nav-notifications = Hysbysiadau
nav-notifications-unread = Hysbysiadau ({ $count })
reviews-title = Eich adolygiadau
reviews-intro = Os yw pethau wedi newid, gallwch ofyn am adolygiad o'ch cynllun unrhyw bryd. Bydd eich gweithiwr achos yn cysylltu, a gallwch ddilyn pob cam yma.
reviews-ask = Gofyn am adolygiad
reviews-none = Dydych chi ddim wedi gofyn am adolygiad eto.
reviews-started = Dechreuwyd ar { $date }
reviews-open = Gweld yr adolygiad hwn
review-now = Ble mae nawr:
review-by = { $name } ({ $role }), { $date }
review-by-person = { $name }, { $date }
review-origin-requested = Gofynnwyd amdano gan y person
review-origin-planned = Adolygiad wedi'i gynllunio
review-form-title = Gofyn am adolygiad
review-form-intro = Dywedwch wrth eich gweithiwr achos beth sydd wedi newid. Bydd yn cysylltu â chi, a gallwch ddilyn beth sy'n digwydd ar eich tudalen Adolygiadau.
review-form-see-open = Gweld eich adolygiadau
review-form-reason = Pam rydych chi'n gofyn am adolygiad?
review-form-what = Beth sydd wedi digwydd
review-form-what-hint = Yn eich geiriau eich hun. Er enghraifft, beth sy'n anoddach i chi nawr, neu beth sydd ddim yn gweithio.
review-form-urgency = Pa mor frys yw hyn?
review-form-contact = Sut dylai eich gweithiwr achos gysylltu â chi?
review-form-when = Pryd mae'n amser da? (dewisol)
review-form-when-hint = Er enghraifft, boreau yn ystod yr wythnos.
review-form-needs = Beth sydd ei angen arnoch ar gyfer y cyfarfod adolygu? (dewisol)
review-form-needs-hint = Ticiwch bob un sy'n berthnasol.
review-form-send = Anfon fy nghais
review-need-interpreter = Cyfieithydd
review-need-language = Pa iaith?
review-need-bsl = Dehonglydd Iaith Arwyddion Prydain (BSL)
review-need-advocate = Eiriolwr i'm helpu i ddweud fy marn
review-need-large-print = Print bras
review-need-easy-read = Hawdd ei Ddeall (Easy Read)
review-need-someone = Rhywun gyda mi, fel ffrind neu aelod o'r teulu
review-needs-none = Dim
review-needs-interpreter-in = Cyfieithydd: { $language }
review-problem-reason = Dewiswch pam rydych yn gofyn am adolygiad.
review-problem-urgency = Dewiswch pa mor frys yw hyn.
review-problem-contact = Dewiswch sut i gysylltu.
review-problem-how = Dewiswch sut y bydd yr adolygiad yn digwydd.
review-problem-outcome = Dewiswch beth benderfynodd yr adolygiad.
review-title = Adolygiad
review-title-yours = Eich adolygiad
review-title-for = Adolygiad ar gyfer { $name }
review-on-behalf = Gofynnodd rhywun am yr adolygiad hwn ar ran y person.
review-asked = Beth ofynnwyd
review-timeline = Camau hyd yma
review-added-heading = Wedi'i ychwanegu ers hynny
review-add-heading = Ychwanegu gwybodaeth
review-add-label = Beth hoffech chi ei ychwanegu?
review-add-hint = Unrhyw beth sydd wedi digwydd neu newid ers i chi ofyn. Bydd eich gweithiwr achos yn ei ddarllen.
review-add-button = Ychwanegu at yr adolygiad
review-add-done = Wedi'i ychwanegu. Bydd eich gweithiwr achos yn ei ddarllen.
review-who-has-it = Mae'r adolygiad hwn gan { $name }, a bydd yn cysylltu erbyn { $date }.
review-who-has-it-unnamed = Mae'r adolygiad hwn gan eich cyngor, a bydd yn cysylltu erbyn { $date }.
review-who-has-it = Mae'r adolygiad hwn gan { $name }, a bydd yn cysylltu erbyn { $date }.
review-who-has-it-unnamed = Mae'r adolygiad hwn gan eich cyngor, a bydd yn cysylltu erbyn { $date }.
review-form-open-already = Mae adolygiad am y rheswm hwn eisoes ar y gweill.
review-form-add-to-open = Ychwanegu gwybodaeth at yr adolygiad hwnnw yn lle hynny
todo-addition = Wedi ychwanegu gwybodaeth at adolygiad
review-scheduled-on = Ar { $date }, { $how }.
review-outcome-no-change = Dim newid i'r cynllun
review-outcome-plan-revised = Cafodd y cynllun ei newid
review-outcome-see-plan = Gweld y cynllun wedi'i newid (fersiwn { $version })
review-outcome-new-assessment = Mae angen asesiad newydd o anghenion
review-declined-why = Pam nad yw'n mynd yn ei flaen:
review-complain-heading = Os nad ydych yn hapus gyda'r penderfyniad hwn
review-complain-council = Gallwch gwyno wrth { $council }. Dywedwch wrthyn nhw eich bod eisiau cwyno am benderfyniad i beidio ag adolygu eich cynllun.
review-complain-council-unknown = Gallwch gwyno wrth dîm gofal cymdeithasol i oedolion eich cyngor.
review-complain-ombudsman = Os nad ydych yn hapus o hyd ar ôl i'r cyngor ateb, gallwch ofyn i'r Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (Local Government and Social Care Ombudsman) edrych arno. Mae am ddim.
review-back-mine = Eich holl adolygiadau
review-back-queue = Pob adolygiad sy'n aros
review-actions-heading = Camau nesaf
review-acknowledge-heading = Cydnabod y cais
review-acknowledge-hint = Bydd y person yn cael gwybod eich bod wedi'i dderbyn.
review-acknowledge = Cydnabod
review-schedule-heading = Trefnu'r adolygiad
review-reschedule-heading = Aildrefnu'r adolygiad
review-schedule-date = Dyddiad yr adolygiad
review-schedule-how = Sut bydd yn digwydd?
review-schedule = Trefnu'r adolygiad
review-complete-heading = Cofnodi'r canlyniad
review-complete-outcome = Beth benderfynodd yr adolygiad?
review-complete-why = Pam nad oes dim yn newid (bydd y person yn darllen hwn)
review-complete-version = Fersiwn y cynllun ar ôl yr adolygiad
review-complete-version-hint = Gadewch yn wag ar gyfer y fersiwn ddiweddaraf a gyhoeddwyd, { $version }.
review-complete-note = Nodyn i'r person (dewisol)
review-complete = Cofnodi'r canlyniad
review-decline-reasons = Pam nad yw'r adolygiad yn mynd yn ei flaen
review-decline-hint = Bydd y person yn darllen hwn, gyda sut i gwyno.
review-decline = Gwrthod yr adolygiad
review-decline-title = Gwrthod adolygiad { $name }
review-decline-intro = Gwrthodwch dim ond os nad oes angen adolygiad nawr. Mae { $name } yn darllen eich rhesymau, gyda sut i gwyno os ydynt yn anghytuno.
review-decline-back = Yn ôl i'r adolygiad
review-queue-title = Adolygiadau
review-queue-intro = Adolygiadau sy'n aros amdanoch chi, y mwyaf brys a'r hynaf yn gyntaf, gyda'r targed ar gyfer pob un.
review-queue-none = Does dim adolygiadau'n aros.
review-queue-kind = Math
review-queue-urgency = Pa mor frys
review-queue-since-day = Ers { $date }
review-queue-target = Targed
review-queue-not-started = Heb ddechrau
review-queue-overdue = Yn hwyr
review-queue-open = Agor yr adolygiad
review-queue-start = Dechrau'r adolygiad hwn sydd wedi'i gynllunio
notifications-title = Hysbysiadau
notifications-none = Does gennych chi ddim hysbysiadau.
notification-update = Mae diweddariad am eich adolygiad: { $step }
notification-new = Newydd
notifications-new-count = { $count ->
    [zero] Mae gennych { $count } hysbysiad newydd.
    [one] Mae gennych { $count } hysbysiad newydd.
    [two] Mae gennych { $count } hysbysiad newydd.
    [few] Mae gennych { $count } hysbysiad newydd.
    [many] Mae gennych { $count } hysbysiad newydd.
   *[other] Mae gennych { $count } o hysbysiadau newydd.
}
notice-someone = Eich gweithiwr achos
notice-about = Am { $name }
notice-review-submitted = Gofynnodd { $by } am adolygiad ar eich rhan.
notice-review-planned = Dechreuodd { $by } eich adolygiad wedi'i gynllunio.
notice-review-acknowledged = Mae { $by } wedi cael eich cais am adolygiad.
notice-review-scheduled = Trefnodd { $by } eich adolygiad ar gyfer { $date } ({ $how }).
notice-review-completed = Mae { $by } wedi gorffen eich adolygiad.
notice-review-declined = Penderfynodd { $by } na fydd eich adolygiad yn mynd yn ei flaen. Gweld pam.
notice-goal-answered = Atebodd { $by } eich nod: { $text }
notice-wish-answered = Atebodd { $by } eich dymuniad: { $text }
notice-plan-published = Cyhoeddodd { $by } fersiwn { $version } o'ch cynllun.
notice-see-changes = Gweld beth sydd wedi newid
todo-title = I'w wneud
todo-intro = Popeth sy'n aros amdanoch chi, y mwyaf brys yn gyntaf.
todo-none = Does dim yn aros amdanoch chi.
todo-disagreement = Ddim yn cytuno â fersiwn { $version } o'u cynllun
todo-goal = Nod newydd neu wedi newid
todo-wish = Dymuniad newydd neu wedi newid
todo-review = Adolygiad: { $status }
todo-planned-due = Adolygiad wedi'i gynllunio yn ddyledus
todo-safeguarding = Pryder diogelu posibl: wedi'i godi'n breifat
todo-due = Erbyn { $date }
todo-carer-granted = Rhoddodd fynediad i { $carer } fel gofalwr, neu newid yr hyn y caiff ei weld
todo-carer-ended = Daeth â mynediad { $carer } fel gofalwr i ben
todo-act-carers = Gweld eu gofalwyr
todo-dealt-with = Wedi'i drafod: nodi ei fod wedi'i ddatrys
todo-dealt-with-done = Wedi'i nodi fel wedi'i ddatrys: anghytundeb { $name } â'u cynllun.
todo-urgent = Brys
todo-act-plan = Edrych ar y cynllun
todo-act-answer = Ateb
todo-act-review = Agor yr adolygiad
todo-act-concern = Darllen beth ddywedon nhw

## Mynediad gofalwyr

problem-not-email = Rhowch gyfeiriad e-bost, fel name@example.com, neu gadewch yn wag.
problem-date-in-future = Rhowch ddyddiad sydd eisoes wedi bod, fel BBBB-MM-DD.
problem-not-phone = Rhowch rif ffôn, fel 01632 960 001, neu gadewch yn wag.
problem-not-a-language = Dewiswch un o'r ieithoedd yn y rhestr.
problem-taken = Mae rhywun arall eisoes yn defnyddio hwn: gwiriwch ef, neu dewch o hyd iddynt yn lle hynny.
error-last-admin = Dyma'r gweinyddwr gweithredol olaf: gwnewch rywun arall yn weinyddwr yn gyntaf, fel bod rhywun bob amser yn gallu rhedeg OurPlan.
error-case-closed = Mae eich achos wedi'i gau, felly ni ellir newid dim yma. Gallwch ddal i ddarllen eich cynlluniau am y tro. I ofyn am ofal a chymorth eto, cysylltwch â'r cyngor.
error-hidden-characters = Mae nodau cudd yn rhywfaint o'r testun, sy'n aml yn dod wrth gopïo a gludo. Teipiwch ef eto, neu gludwch ef fel testun plaen.
error-access-ended = Does gennych chi ddim mynediad at hyn mwyach. Mae'r person rydych yn gofalu amdano, neu ei weithiwr achos, wedi dod ag ef i ben, neu mae wedi cyrraedd ei ddyddiad gorffen. Os ydych yn meddwl bod hyn yn gamgymeriad, siaradwch â nhw.
error-carer-not-linked = Dydy'r person hwn ddim wedi'i gysylltu â chi fel gofalwr. Gofynnwch i'ch gweithiwr achos ei ychwanegu yn gyntaf.
error-carer-own-access = Allwch chi ddim newid eich mynediad eich hun. Dim ond y person rydych yn gofalu amdano, neu ei weithiwr achos, sy'n gallu ei newid.
error-caseworker-manages-access = Cafodd y mynediad hwn ei roi o dan Atwrneiaeth Arhosol (Lasting Power of Attorney) neu gan lys, felly dim ond eich gweithiwr achos sy'n gallu ei newid. Siaradwch â'ch gweithiwr achos os ydych eisiau ei newid.
scope-plan = Gweld fy nghynllun
scope-budget = Gweld fy nghyllideb a fy arian
scope-goals = Gweld fy nodau a fy nymuniadau
scope-add-goals = Ychwanegu nodau a dymuniadau ar fy rhan
scope-request-review = Gofyn am adolygiad ar fy rhan
scope-reviews = Gweld sut mae fy adolygiadau'n mynd
basis-consent = Caniatâd
basis-lpa = Atwrneiaeth Arhosol ar gyfer iechyd a lles (Lasting Power of Attorney, health and welfare)
basis-deputy = Dirprwy a benodwyd gan y Llys Gwarchod (Court of Protection)
access-granted = Mynediad wedi'i roi
access-changed = Mynediad wedi'i newid
access-ended = Mynediad wedi dod i ben
access-expired = Mynediad wedi cyrraedd ei ddyddiad gorffen

## Mynediad gofalwyr yn yr ap

nav-caring-for = Pobl rydw i'n gofalu amdanyn nhw
my-plans-carers = Dewiswch beth gall y bobl sy'n eich helpu ei weld:
access-ended-title = Mae eich mynediad wedi dod i ben
plan-money-hidden = Allwch chi ddim gweld y gyllideb na'r costau: dydy { $name } ddim wedi'u rhannu gyda chi.
plan-named-worker-theirs = Gweithiwr enwebedig
carers-title = Pobl sy'n fy helpu
carers-intro = Dewiswch beth gall pob person sy'n eich helpu ei weld a'i wneud yn { -brand }. Ticiwch dim ond yr hyn rydych yn hapus ag ef. Gallwch ei newid neu roi diwedd arno unrhyw bryd.
carers-none = Does neb wedi'i gysylltu â chi fel gofalwr eto. Os oes rhywun yn eich helpu a'ch bod eisiau iddyn nhw weld eich cynllun, gofynnwch i'ch gweithiwr achos.
carers-relationship = Perthynas: { $relationship }
carers-status = Mynediad:
carer-status-not-granted = Heb ei roi
carer-status-active = Yn weithredol
carer-status-expired = Wedi dod i ben ar ei ddyddiad gorffen
carer-status-ended = Wedi dod i ben
carers-basis = Wedi'i roi o dan: { $basis }
carers-until = Tan { $date }
carers-changed = Newidiwyd ddiwethaf gan { $who }
carers-caseworker-manages = Cafodd y mynediad hwn ei roi o dan Atwrneiaeth Arhosol (Lasting Power of Attorney) neu gan lys, felly dim ond eich gweithiwr achos sy'n gallu ei newid. Siaradwch â'ch gweithiwr achos os ydych eisiau ei newid.
carers-can-do = Beth gall { $name } ei wneud
carers-choose = Beth gall { $name } ei weld a'i wneud?
carer-scopes-hint = Ticiwch bob un sy'n berthnasol. Bydd unrhyw beth heb ei dicio yn aros yn breifat.
carer-scopes-none = Dim byd ar hyn o bryd.
carer-ends-on-label = Diwrnod olaf y mynediad (dewisol)
carer-ends-on-hint = Gadewch hwn yn wag i gadw'r mynediad nes i rywun roi diwedd arno.
carers-save = Cadw beth gall { $name } ei wneud
carers-saved = Wedi'i gadw. Nawr, dim ond yr hyn sydd wedi'i dicio y gall { $name } ei weld a'i wneud.
carers-end = Dod â mynediad { $name } i ben
carers-end-confirm = O hyn ymlaen, fydd { $name } ddim yn gallu gweld dim byd sy'n perthyn i chi, na gwneud dim byd ar eich rhan. Gallwch roi mynediad eto yn nes ymlaen.
carers-end-yes = Ie, dod â'r mynediad i ben nawr
carers-end-no = Na, ei gadw
carers-ended = Mae mynediad { $name } wedi dod i ben.
carers-history-heading = Beth sydd wedi newid
carers-history-none = Does dim byd wedi newid eto.
carers-history-entry = { $what }: { $name }
carers-history-by = Gan { $who }
carers-pressure-heading = Ydy rhywun yn rhoi pwysau arnoch chi?
carers-pressure-text = Os oes rhywun yn rhoi pwysau arnoch i adael iddyn nhw weld neu wneud mwy, neu os ydych yn teimlo'n anniogel, gallwch ddweud wrth eich gweithiwr achos yn breifat.
carers-pressure-link = Dweud wrth eich gweithiwr achos yn breifat
concern-title = Dweud wrth eich gweithiwr achos yn breifat
concern-private = Dim ond eich gweithiwr achos fydd yn gweld hyn. Does dim byd yn cael ei anfon at y bobl sy'n eich helpu, a dydy hyn ddim yn newid beth maen nhw'n gallu ei weld.
concern-danger = Os ydych mewn perygl ar hyn o bryd, ffoniwch 999.
concern-label = Beth hoffech chi i'ch gweithiwr achos ei wybod? (dewisol)
concern-hint = Gallwch adael hwn yn wag. Bydd eich gweithiwr achos yn dal i wybod eich bod eisiau siarad.
concern-send = Anfon at fy ngweithiwr achos
concern-sent = Wedi'i anfon at eich gweithiwr achos
concern-sent-next = Dim ond eich gweithiwr achos sy'n gallu ei weld. Chafodd dim byd ei anfon at y bobl sy'n eich helpu.
caring-for-title = Pobl rydych yn gofalu amdanyn nhw
caring-for-intro = Pobl sydd wedi gadael i chi weld rhannau o'u cynllun gofal a chymorth, neu helpu gydag ef. Nhw sy'n dewis beth gallwch ei wneud, a gallan nhw ei newid unrhyw bryd.
caring-for-none = Does neb wedi rhoi mynediad i chi eto. Pan fydd rhywun rydych yn gofalu amdano yn rhoi mynediad i chi, bydd yn ymddangos yma.
caring-for-allowed = Mae { $name } wedi dweud y gallwch:
caring-for-no-plan = Dydy eu cynllun ddim wedi'i gyhoeddi eto.
caring-goals-title = Nodau a dymuniadau
caring-goals-heading = Nodau a dymuniadau { $name }
caring-goals-intro = Beth maen nhw eisiau ei gyflawni, a sut maen nhw eisiau cael eu cefnogi. Mae eu gweithiwr achos yn ateb pob un.
caring-goals-goals = Eu nodau
caring-goals-none = Dim nodau eto.
caring-goals-add = Ychwanegu nod ar eu cyfer
caring-wishes = Eu dymuniadau
caring-wishes-none = Dim dymuniadau eto.
caring-added = Wedi'i ychwanegu. Bydd eu gweithiwr achos yn ei ddarllen.
caring-form-reason = Pam y dylid adolygu cynllun { $name }?
caring-form-contact = Sut dylai'r gweithiwr achos gysylltu â chi?
caring-form-whom = Gyda phwy ddylai'r gweithiwr achos gysylltu: chi, { $name }, neu'r ddau?
caring-whom-me = Fi
caring-whom-them = { $name }
caring-whom-both = Y ddau ohonom: fi a { $name }
review-problem-whom = Dewiswch gyda phwy ddylai'r gweithiwr achos gysylltu.
review-whom = Gyda phwy i gysylltu
review-whom-carer = Y gofalwr a ofynnodd
review-whom-both = Y gofalwr a ofynnodd a { $name }
caring-form-needs = Beth sydd ei angen ar { $name } ar gyfer cyfarfod yr adolygiad? (dewisol)
caring-reason-needs-changed = Mae anghenion { $name } wedi newid
caring-reason-support-not-working = Nid yw cymorth { $name } yn gweithio
caring-reason-hospital = Mae { $name } wedi bod yn yr ysbyty
caring-reason-carer-cant-cope = Ni allaf barhau i ofalu fel rwy'n ei wneud nawr
caring-reason-other = Rhywbeth arall
goal-added = Mae eich nod wedi'i ychwanegu at eich rhestr. Bydd eich gweithiwr achos yn ei ddarllen.
wish-added = Mae eich dymuniad wedi'i ychwanegu at eich rhestr. Bydd eich gweithiwr achos yn ei ddarllen.
caring-reviews-title = Adolygiadau
caring-reviews-heading = Adolygiadau ar gyfer { $name }
caring-reviews-none = Dim adolygiadau eto.
caring-reviews-back = Eu holl adolygiadau
caring-ask-title = Gofyn am adolygiad ar gyfer rhywun rydych yn gofalu amdano
caring-ask-heading = Gofyn am adolygiad ar gyfer { $name }
caring-ask-intro = Dywedwch wrth eu gweithiwr achos beth sydd wedi newid. Bydd y gweithiwr achos yn cysylltu.
caring-ask-sent = Cafodd eich cais ei anfon
caring-ask-sent-next = Bydd eu gweithiwr achos yn cysylltu.
caseload-carers = Gofalwyr a'u mynediad
caseload-concern = Pryder diogelu posibl: wedi'i godi'n breifat.
caseload-concern-see = Ei ddarllen
staff-carers-title = Gofalwyr a'u mynediad
staff-carers-heading = Gofalwyr a'u mynediad: { $name }
staff-carers-intro = Cofnodwch y caniatâd a roddodd y person i chi, Atwrneiaeth Arhosol (Lasting Power of Attorney) neu ddirprwy, gyda beth gall pob gofalwr ei weld a'i wneud. Gall y person hefyd newid, yn yr ap, fynediad a roddwyd drwy ganiatâd.
staff-concerns-heading = Pryder diogelu posibl: wedi'i godi'n breifat
staff-concerns-intro = Dywedodd { $name } wrthych yn breifat, yn { -brand }, y gallai rhywun fod yn rhoi pwysau arnyn nhw. Dydy eu gofalwyr ddim wedi cael gwybod. Dilynwch eich gweithdrefn ddiogelu, a byddwch yn ofalus sut rydych yn cysylltu.
staff-concern-sent = Anfonwyd ar { $date }
staff-concern-no-text = Wnaethon nhw ddim ysgrifennu dim byd: maen nhw eisiau siarad.
staff-concern-regranted = Rhoddodd fynediad i { $carer } eto ar ôl i chi ei ddod i ben. Gall rhoi mynediad yn ôl dan bwysau fod yn arwydd rhybudd: holwch nhw, yn breifat.
staff-concern-read = Marcio fel wedi'i ddarllen
staff-concern-marked = Wedi'i farcio fel wedi'i ddarllen.
staff-carers-list = Gofalwyr
staff-carers-none = Does gan { $name } ddim gofalwr cysylltiedig.
staff-carer-consent-how = Sut rhoddwyd caniatâd: { $how }
staff-carer-reference = Cyfeirnod: { $reference }
staff-carer-record = Cofnodi mynediad ar gyfer { $name }
staff-record-basis = Ar ba sail?
staff-record-consent-how = Sut rhoddodd y person ei ganiatâd?
staff-record-consent-how-hint = Er enghraifft: wyneb yn wyneb gartref, dros y ffôn, yn ysgrifenedig.
staff-record-reference = Rhif cofrestru neu gyfeirnod gorchymyn llys
staff-record-reference-hint = Rhif cofrestru'r Atwrneiaeth Arhosol (Lasting Power of Attorney), neu gyfeirnod gorchymyn y Llys Gwarchod (Court of Protection).
staff-record-reasons = Rhesymau
staff-record-reasons-optional = Rhesymau (dewisol)
staff-record-reasons-hint = Er enghraifft, yr asesiad galluedd meddyliol sydd y tu ôl i'r penderfyniad hwn.
staff-record-save = Cadw'r mynediad hwn
staff-record-saved = Mynediad ar gyfer { $name } wedi'i gadw.
staff-cancel = Canslo
staff-end-reasons = Pam mae'r mynediad yn dod i ben?
staff-end-reasons-hint = Caiff hyn ei gadw yng nghofnod y person.
staff-end-now = Dod â'r mynediad i ben nawr
staff-carers-add-heading = Ychwanegu gofalwr
staff-carers-add = Ychwanegu gofalwr newydd
staff-add-name = Enw llawn
staff-add-relationship = Perthynas â'r person
staff-add-relationship-hint = Er enghraifft: merch, gŵr, ffrind.
staff-add-email = Cyfeiriad e-bost (dewisol)
staff-add-language = Iaith
staff-add-language-hint = Yr iaith maen nhw'n ei darllen, fel cod: en-GB ar gyfer Saesneg Prydain.
staff-add-scopes = Beth gallan nhw ei weld a'i wneud?
staff-add-save = Ychwanegu'r gofalwr hwn
