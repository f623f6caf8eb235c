# OurPlan — British English. Every string a person reads comes from here.
# Ids are used in code as msg!("id"); a test checks each one exists and is used.

-brand = OurPlan

## The app shell

app-name = { -brand }
skip-link = Skip to main content
nav-label = Main
nav-home = Home
nav-accessibility = Accessibility
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
