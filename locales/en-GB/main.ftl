# OurPlan — British English. Every string a person reads comes from here.
# Ids are used in code as msg!("id"); a test checks each one exists and is used.

-brand = OurPlan

## The app shell

app-name = { -brand }
skip-link = Skip to main content
nav-label = Main
nav-home = Home
footer-accessibility = Accessibility statement
footer-run-by = { -brand } is run by { $council }.
demo-banner = Demonstration: everyone here is made up. Do not enter real information.
loading = Loading…
load-failed = Sorry, this page could not load. Check your connection and try again.
try-again = Try again

## Home

home-title = Your care and support plan
home-intro = See your plan on your phone, add your own goals and wishes, and ask for a review when things change.
home-can-heading = With { -brand } you can
home-can-plan = read your care and support plan in plain words
home-can-goals = say what matters to you and what you want to achieve
home-can-review = ask for a review and follow what happens next
home-can-carer = let a carer see the parts of your plan you choose
home-contact-heading = Contact { $council }
home-contact-intro = If you need help, or you want your plan in another format, contact adult social care.
home-contact-phone = Phone: { $phone }
home-contact-email = Email: { $email }
home-contact-website = Website: { $website }

## Accessibility statement

a11y-title = Accessibility statement
a11y-intro = { -brand } should be usable by as many people as possible. You should be able to use it on a small phone, zoom text to 200% without losing anything, get around with a keyboard alone, and use it with a screen reader.
a11y-testing-heading = How we test
a11y-testing = Every change is tested automatically in a real browser on a phone-sized screen. The axe-core checker looks at every page against the Web Content Accessibility Guidelines (WCAG) 2.2, levels A and AA.
a11y-known-heading = What we know does not work yet
a11y-known = Only British English is available so far. More languages, Easy Read, and settings for text size and contrast are on the way.
a11y-contact-heading = Tell us about a problem
a11y-contact = If something does not work for you, or you need information in a different format, contact your council's adult social care team.
a11y-enforcement = If you are not happy with how your council responds, contact the Equality Advisory and Support Service (EASS).

## Page not found

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
not-found-home = Go to the home page

## Errors the server sends

error-not-found = We could not find what you asked for.
error-database-unavailable = The service is not available right now. Please try again in a few minutes.
error-payload-too-large = What you sent is too large. Please send less at once.
error-timeout = This took too long. Please try again.
error-internal = Something went wrong on our side. Please try again later.
error-signed-out = Please sign in to see this page.
error-cross-origin = This request came from another website, so it was refused.
error-rate-limited = Too many tries. Please wait a few minutes, then try again.
error-invitation-unknown = This invitation code is not right. Check it and try again, or ask your caseworker for a new one.
error-invitation-expired = This invitation has expired. Ask your caseworker for a new one.
error-invitation-used = This invitation has already been used. If it was not you, tell your caseworker straight away.
error-invitation-revoked = This invitation was cancelled. Ask your caseworker for a new one.
error-ceremony-expired = This took too long. Please start again.
error-passkey-not-accepted = Your passkey was not accepted. Try again, or ask your caseworker to help you set up a new one.
error-last-passkey = This is your only passkey. Add another one before you remove it, or you will not be able to sign in.
error-passkey-name-missing = Give this passkey a name, such as "my phone".
error-passkey-name-too-long = Give this passkey a shorter name: 60 characters at most.
error-bad-request = Something in this request was not right. Please try again.

## Navigation and account

nav-sign-in = Sign in
nav-account = Your account
nav-invitations = Invitations
sign-out = Sign out
error-summary-title = There is a problem
role-person = person
role-caseworker = caseworker
role-manager = manager
role-admin = admin

## Signing in

sign-in-title = Sign in
sign-in-intro = Use the passkey on your phone: your fingerprint, your face or your screen lock. There is no password to remember and nothing to type.
sign-in-button = Sign in with a passkey
sign-in-first = Please sign in to see this page.
sign-in-first-time-heading = First time here?
sign-in-first-time = Your caseworker can give you an invitation code. You use it once, to set up a passkey on your phone.
sign-in-have-invitation = I have an invitation code
sign-in-lost-heading = Lost your phone?
sign-in-lost = Contact your caseworker. After checking who you are, they will give you a new invitation code to set up a passkey on your new phone.
demo-sign-in-heading = Look around as someone
demo-sign-in-intro = This is a demonstration with made-up people. Choose anyone to see what they see, without a passkey.
demo-sign-in-as = { $name } ({ $role })

## Passkey prompts

passkey-cancelled = The passkey was not used: you may have cancelled, or it took too long. Try again when you are ready.
passkey-already-here = This device already has a passkey for your account. You can sign in with it.
passkey-unsupported = This browser cannot use passkeys. Try the newest version of Chrome, Safari, Firefox or Samsung Internet, or ask your caseworker for help.
passkey-failed = Something went wrong with the passkey. Please try again.

## Redeeming an invitation

invitation-title = Set up your passkey
invitation-intro = Enter the invitation code your caseworker gave you. Your phone will then ask you to make a passkey with your fingerprint, face or screen lock.
invitation-code-label = Invitation code
invitation-code-hint = For example, 7KQ2-M9XW-3R. Capital letters and dashes do not matter.
passkey-name-label = Name this passkey
passkey-name-hint = So you can tell your passkeys apart, for example "my phone".
invitation-submit = Set up my passkey

## Your account

account-title = Your account
account-signed-in-as = You are signed in as { $name }.
passkeys-title = Your passkeys
passkeys-intro = A passkey lets you sign in from a phone or computer. You can have more than one, so losing a phone does not lock you out.
passkeys-lost-phone = If you lost a phone or gave it away, remove its passkey here.
passkeys-added-on = Added { $date }
passkeys-last-used = Last used { $date }
passkeys-never-used = Not used to sign in yet
passkeys-remove = Remove
passkeys-removed = The passkey "{ $name }" was removed.
passkeys-add-heading = Add a passkey
passkeys-add = Add a passkey on this device
passkeys-added = The passkey "{ $name }" was added.
devices-title = Signed-in devices
devices-intro = These are the phones and computers where you are signed in. If you do not recognise one, or you left yourself signed in somewhere, sign it out.
devices-unknown = An unknown device
devices-browser-on-system = { $browser } on { $system }
devices-this-device = This device
devices-signed-in-on = Signed in { $date }
devices-last-active = Last active { $date }
devices-end = Sign out this device

## Invitations (staff)

invitations-title = Invitations
invitations-intro = Invite someone to set up a passkey. Read the code to them over the phone, or send them the link. Each code works once.
invitations-people-heading = People you can invite
invitations-on-caseload = On your caseload
invitations-carer-of = Carer of { $name }
invitations-has-account = Already has an account
invitations-invite = Create an invitation
invitations-recovery = Create a recovery invitation, after checking who they are
invitations-created = Invitation for { $name }
invitations-code-label = Code:
invitations-link-label = Or this link:
invitations-expires = Works until { $date }
invitations-sent-heading = Invitations you have sent
invitations-none-sent = You have not sent any invitations yet.
invitations-revoke = Cancel this invitation
invitation-purpose-register = To set up a first passkey
invitation-purpose-recovery = To replace a lost passkey
invitation-status-pending = Not used yet
invitation-status-used = Used
invitation-status-expired = Expired
invitation-status-revoked = Cancelled

## Checking a plan's answers

error-validation = Some answers need changing. Each one says what to do.
error-version-conflict = Someone else saved this plan while you were editing it, so your changes were not saved. Copy anything you want to keep, then reload the page to see their changes.
error-comment-too-long = Your comment is too long: 2,000 characters at most.
plan-problem-required = Fill this in before the plan is published.
plan-problem-too-long = This is too long. Shorten it.
plan-problem-too-many = There are too many entries here. Combine some of them.
plan-problem-money = Enter an amount in pounds and pence, such as 102.90, from £0 up to £100,000.
plan-problem-hours = Enter hours a week, such as 7.5, up to 168.
plan-problem-date = Enter a real date, such as 2027-03-01.
plan-problem-date-range = Choose a date from today and within three years.

## A plan, in words

plan-section-about-me = About me
plan-section-strengths = My strengths
plan-section-needs = My needs
plan-section-outcomes = What I want to achieve
plan-section-support = My support
plan-section-budget = My personal budget
plan-section-advice = Advice, and keeping well
plan-section-contingency = If something goes wrong
plan-section-involved = Who helped make this plan
plan-section-review = Next review
plan-important-to-me = What is important to me
plan-people-important = People who are important to me
plan-communication = How I communicate, and how to communicate with me
plan-how-to-support = How best to support me
plan-please-do = Please do
plan-please-dont = Please don't
plan-can-do = What I can do
plan-who-helps = Who and what helps me already
plan-need = Need
plan-need-description = what I need help with
plan-eligible = eligible for support from the council
plan-eligible-yes = Yes
plan-eligible-no = No
plan-wellbeing = parts of my wellbeing it affects
plan-how-met = how it will be met
plan-outcomes = Outcomes, in my words
plan-support-item = Support
plan-support-what = what
plan-support-who = who
plan-support-when = when and how often
plan-support-hours = hours a week
plan-support-cost = cost a week
plan-carer-agreed = { $name } (unpaid carer, who has agreed to this)
plan-carer-not-agreed = { $name } (unpaid carer, who has not yet agreed to this)
plan-budget-yearly = Personal budget a year
plan-budget-weekly = Personal budget a week
plan-budget-council = The council pays a week
plan-budget-contribution = I contribute a week
plan-budget-managed = How it is managed
plan-direct-payment = Direct payment
plan-direct-payment-text = { $amount } every { $weeks } weeks
budget-direct-payment = A direct payment: I arrange my own support
budget-council-managed = The council arranges my support
budget-individual-service-fund = An individual service fund: a provider I chose holds the money
plan-advice = Advice and information
plan-prevention = Keeping well: preventing or delaying further needs
plan-if-carer-ill = If my carer is ill
plan-if-visit-missed = If a visit is missed
plan-who-to-call = Who to call
plan-out-of-hours = Out of hours
plan-involved = People involved
plan-next-review = Next planned review
wellbeing-dignity = Dignity and respect
wellbeing-health = Physical and mental health, and feeling well
wellbeing-protection = Being safe from abuse and neglect
wellbeing-control = Control over my day-to-day life
wellbeing-participation = Work, learning and things I enjoy
wellbeing-social-economic = Money and being part of my community
wellbeing-relationships = Family and relationships
wellbeing-accommodation = A suitable home
wellbeing-contribution = Contributing to society
plan-title-care = Care and support plan for { $name }
plan-title-carer = Carer's support plan for { $name }
plan-published-by = Version { $version }, published by { $name }

## Plans in the app

nav-my-plan = Your plan
nav-caseload = Caseload
my-plans-title = Your plans
my-plans-none = Your plan has not been published yet. Your caseworker will tell you when it is ready.
my-plans-care = Care and support plan
my-plans-carer = Carer's support plan
plan-page-title = Your plan
plan-published-on = Version { $version }, published by { $name } on { $date }.
plan-not-latest = This is an earlier version. There is a newer one.
plan-named-worker = Your named worker
plan-more-label = More about this plan
plan-versions-link = All versions, and what changed
plan-download = Save a copy of this plan
plan-print = Print this plan
plan-answer-heading = Do you agree with this plan?
plan-answer-question = Do you agree with this plan?
plan-agree = I agree with this plan
plan-disagree = I don't agree with this plan
plan-comment-label = Anything you want to say (optional)
plan-comment-hint = Your caseworker will read this.
plan-answer-send = Send my answer
plan-you-agreed = On { $date } you said you agree with this plan.
plan-you-disagreed = On { $date } you said you don't agree with this plan. Your caseworker has been told.
plan-response-agrees = Agreed with this version
plan-response-disagrees = Did not agree with this version
versions-title = All versions
versions-version = Version { $version }
versions-published = Published by { $name } on { $date }
versions-no-answer = No answer yet
versions-compare-heading = Compare two versions
versions-compare-from = From version
versions-compare-to = To version
versions-compare = Show what changed
versions-changes = What changed from version { $from } to version { $to }
versions-no-changes = Nothing changed.
versions-before = Before:
versions-after = After:
looked-at-title = Who has looked at my plan
looked-at-intro = Everyone who opened your plan, and when. This includes council staff.
looked-at-who = Who
looked-at-when = When
caseload-title = Caseload
caseload-worker = Named worker: { $name }
caseload-edit = Edit the plan
caseload-read = Read the published plan
caseload-start = Start a care and support plan
editor-title = Edit plan
editor-intro = Changes are saved as a draft. The person sees the plan only when you publish it.
editor-save = Save draft
editor-publish = Save and publish
editor-saved = Draft saved.
editor-published = Version { $version } published.
editor-read-published = Read the published plan
editor-one-per-line = One on each line.
editor-add-need = Add a need
editor-remove-need = Remove need { $n }
editor-add-support = Add support
editor-remove-support = Remove support { $n }
editor-unpaid-carer = Given by an unpaid carer
editor-carer-agreed = The carer has agreed to this
editor-hours-hint = For example, 7.5
editor-money-hint = In pounds and pence, for example 102.90
editor-has-budget = This plan has a personal budget
editor-payment-amount = Direct payment amount
editor-payment-weeks = Paid every how many weeks

## Goals and wishes

problem-date-in-past = Choose a date from today onwards.
problem-importance = Choose how important this is, from 1 to 10.
wish-please-do = Please do
wish-please-dont = Please don't
wish-times = Times
wish-people = People
wish-culture = Culture
wish-faith = Faith
wish-food = Food
wish-language = Language
wish-other = Something else
error-goal-withdrawn = This goal was withdrawn, so it can no longer be changed. You can add a new one.
nav-goals = Goals and wishes
nav-contributions = Goals and wishes
goals-title = Your goals and wishes
goals-intro = Say, in your own words, what you want to achieve and how you want to be supported. Your caseworker will answer, and tell you if it goes into your plan.
goals-heading = Your goals
goals-none = You have not added a goal yet.
goals-add-heading = Add a goal
goal-what = What I want to achieve
goal-why = Why it matters to me
goal-can-do = What I can do myself
goal-who-helps = Who helps me
goal-would-help = What would help
goal-importance = How important it is
goal-importance-hint = 1 is a little, 10 is very important.
goal-importance-choose = Choose from 1 to 10
goal-importance-value = { $n } out of 10
goal-step-legend = Step { $n } (optional)
step-what = What
step-who = Who
step-by-when = By when
goal-add = Add this goal
goal-save = Save changes
goal-change = Change this goal
goal-withdraw = Withdraw this goal
goal-withdrawn = Withdrawn
goal-steps = Steps
step-done = Done:
step-by = by { $date }
step-mark-done = Mark as done
goal-note-label = How is it going?
goal-note-add = Add a note
written-by = Written by { $name } ({ $role }), { $date }
decision-new = Not read yet
decision-seen = Read by your caseworker
decision-added = Added to the plan
decision-not-added = Not added to the plan
decision-in-plan = See it in your plan (version { $version })
decision-reason = Why not: { $reason }
wishes-heading = Your wishes
wishes-intro = How you want support to be given: what to do and not do, times, people, culture, faith, food, language.
wishes-add-heading = Add a wish
wish-kind-label = What it is about
wish-text-label = Your wish
wish-add = Add this wish
wish-remove = Remove this wish
contributions-title = Goals and wishes
contributions-intro = What the people you work with have written, newest and unread first. Answer each one; say if you added it to their plan.
contributions-none = Nothing new.
contribution-goal = goal
contribution-wish = wish
answer-comment = Your answer to them
answer-decision = Is it in their plan?
answer-seen = Not decided yet
answer-added = Yes, in their plan's version { $version }
answer-not-added = No, and I will say why
answer-reason = Why it was not added (they will read this)
answer-send = Send your answer
wish-change = Change this wish

## Reviews

problem-missing = Fill this in.
problem-no-such-version = There is no published version of this person's plan with that number. Publish the revised plan first, then choose its version.
error-review-already-open = You have already asked for a review for this reason, and it is still open. You can follow it on your Reviews page.
error-review-step-not-allowed = This review cannot move to that step from where it is now. Reload the page to see where it is.
review-reason-needs-changed = My needs have changed
review-reason-support-not-working = My support isn't working
review-reason-hospital = I have been in hospital
review-reason-carer-cant-cope = My carer can't keep going
review-reason-other = Something else
review-urgency-urgent = Urgent: I need help within days
review-urgency-soon = Soon: in the next few weeks
review-urgency-can-wait = It can wait
review-contact-phone = Phone call
review-contact-email = Email
review-contact-text = Text message
review-contact-letter = Letter
review-meeting-phone = by phone
review-meeting-visit = a visit
review-meeting-video = a video call
review-step-submitted = Asked for
review-step-planned = Planned by the council
review-step-acknowledged = Received by your caseworker
review-step-scheduled = Review arranged
review-step-completed = Review done
review-step-declined = Not going ahead
review-target-acknowledge = Acknowledge by { $date }
review-target-decide = Decide by { $date }
review-target-review = Review by { $date }
email-review-subject = An update about your review
email-review-body = There is an update about your review. Sign in to see it: { $link }

## Reviews in the app

nav-reviews = Reviews
nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count })
reviews-title = Your reviews
reviews-intro = If things have changed, you can ask for a review of your plan at any time. Your caseworker will get in touch, and you can follow each step here.
reviews-ask = Ask for a review
reviews-none = You have not asked for a review yet.
reviews-started = Started on { $date }
reviews-open = See this review
review-now = Where it is now:
review-by = { $name } ({ $role }), { $date }
review-origin-requested = Asked for by the person
review-origin-planned = Planned review
review-form-title = Ask for a review
review-form-intro = Tell your caseworker what has changed. They will get in touch with you, and you can follow what happens on your Reviews page.
review-form-see-open = See your reviews
review-form-reason = Why are you asking for a review?
review-form-what = What has happened
review-form-what-hint = In your own words. For example, what you find harder now, or what is not working.
review-form-urgency = How urgent is it?
review-form-contact = How should your caseworker get in touch?
review-form-when = When is a good time? (optional)
review-form-when-hint = For example, weekday mornings.
review-form-needs = What do you need for the review meeting? (optional)
review-form-needs-hint = Tick all that apply.
review-form-send = Send my request
review-need-interpreter = An interpreter
review-need-language = Which language?
review-need-bsl = A British Sign Language (BSL) interpreter
review-need-advocate = An advocate to help me have my say
review-need-large-print = Large print
review-need-easy-read = Easy Read
review-need-someone = Someone with me, such as a friend or family member
review-needs-none = Nothing
review-needs-interpreter-in = An interpreter in { $language }
review-problem-reason = Choose why you are asking for a review.
review-problem-urgency = Choose how urgent it is.
review-problem-contact = Choose how to get in touch.
review-problem-how = Choose how the review will happen.
review-problem-outcome = Choose what the review decided.
review-title = Review
review-title-yours = Your review
review-title-for = Review for { $name }
review-on-behalf = Someone asked for this review on the person's behalf.
review-asked = What was asked
review-timeline = Steps so far
review-scheduled-on = On { $date }, { $how }.
review-outcome-no-change = No change to the plan
review-outcome-plan-revised = The plan was changed
review-outcome-see-plan = See the changed plan (version { $version })
review-outcome-new-assessment = A new assessment of needs is needed
review-declined-why = Why it is not going ahead:
review-complain-heading = If you are not happy with this decision
review-complain-council = You can complain to { $council }. Tell them you want to complain about a decision not to review your plan.
review-complain-council-unknown = You can complain to your council's adult social care team.
review-complain-ombudsman = If you are still not happy after the council has answered, you can ask the Local Government and Social Care Ombudsman to look at it. It is free.
review-back-mine = All your reviews
review-back-queue = All reviews waiting
review-actions-heading = Next steps
review-acknowledge-heading = Acknowledge the request
review-acknowledge-hint = The person is told you have received it.
review-acknowledge = Acknowledge
review-schedule-heading = Arrange the review
review-reschedule-heading = Rearrange the review
review-schedule-date = Date of the review
review-schedule-how = How will it happen?
review-schedule = Arrange the review
review-complete-heading = Record the outcome
review-complete-outcome = What did the review decide?
review-complete-why = Why nothing changes (the person reads this)
review-complete-version = Version of the plan after the review
review-complete-version-hint = Leave empty for the newest published version, { $version }.
review-complete-note = Note for the person (optional)
review-complete = Record the outcome
review-decline-heading = Decline the review
review-decline-reasons = Why the review is not going ahead
review-decline-hint = The person reads this, with how to complain.
review-decline = Decline the review
review-queue-title = Reviews
review-queue-intro = Reviews waiting on you, most urgent and oldest first, with the target for each.
review-queue-none = No reviews are waiting.
review-queue-kind = Kind
review-queue-reason = Reason
review-queue-urgency = How urgent
review-queue-since = Since
review-queue-target = Target
review-queue-not-started = Not started
review-queue-overdue = Overdue
review-queue-open = Open the review
review-queue-start = Start this planned review
notifications-title = Notifications
notifications-none = You have no notifications.
notification-update = There is an update about your review: { $step }
notification-new = New

## Carers' access

problem-not-email = Enter an email address, such as name@example.com, or leave it empty.
error-access-ended = You no longer have access to this. The person you care for, or their caseworker, ended it or it reached its end date. If you think this is a mistake, talk to them.
error-carer-not-linked = This person is not linked to you as a carer. Ask your caseworker to add them first.
error-carer-own-access = You cannot change your own access. Only the person you care for, or their caseworker, can change it.
error-caseworker-manages-access = This access was given under a Lasting Power of Attorney or by a court, so only your caseworker can change it. Talk to them if you want it changed.
scope-plan = See my plan
scope-budget = See my budget and money
scope-goals = See my goals and wishes
scope-add-goals = Add goals and wishes for me
scope-request-review = Ask for a review for me
scope-reviews = See how my reviews are going
basis-consent = Consent
basis-lpa = Lasting Power of Attorney (health and welfare)
basis-deputy = Deputy appointed by the Court of Protection
access-granted = Access given
access-changed = Access changed
access-ended = Access ended
access-expired = Access reached its end date
