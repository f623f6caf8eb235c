//! Calendar days as numbers, for review targets: days since 1970-01-01, to and from ISO
//! dates, and working days (Monday to Friday; bank holidays are not known here).

/// The day a Unix time in milliseconds falls on (UTC).
pub fn day_of_ms(ms: i64) -> i64 {
    ms.div_euclid(86_400_000)
}

/// `2026-11-26` for a day number (Howard Hinnant's civil-from-days).
pub fn iso(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The day number of an ISO date, if it is one.
pub fn parse(date: &str) -> Option<i64> {
    if !crate::plan_check::is_date(date) {
        return None;
    }
    let year: i64 = date.get(..4)?.parse().ok()?;
    let month: i64 = date.get(5..7)?.parse().ok()?;
    let day: i64 = date.get(8..10)?.parse().ok()?;
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Monday is 0, Sunday 6. 1970-01-01 was a Thursday.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The day `n` working days after `days`.
pub fn add_working_days(days: i64, n: u32) -> i64 {
    let mut day = days;
    let mut left = n;
    while left > 0 {
        day += 1;
        if weekday(day) < 5 {
            left -= 1;
        }
    }
    day
}

/// The same day `months` months on, kept within the month (31 January + 1 → 28 February).
pub fn add_months(days: i64, months: i64) -> i64 {
    let date = iso(days);
    let (year, month, day) = (
        date[..4].parse::<i64>().unwrap_or(1970),
        date[5..7].parse::<i64>().unwrap_or(1),
        date[8..10].parse::<i64>().unwrap_or(1),
    );
    let index = year * 12 + (month - 1) + months;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    (1..=day)
        .rev()
        .find_map(|d| parse(&format!("{year:04}-{month:02}-{d:02}")))
        .unwrap_or(days)
}

/// A calendar day given as `2026-12-01` as people write it in their language ("1 December
/// 2026"), from the locale's own month names; left as it is if it is not a date. Written
/// here, not by the browser, so the server's page and the app say the same words.
pub fn day_in_words(date: &str, messages: &crate::i18n::Messages) -> String {
    let Some(days) = parse(date) else {
        return date.to_owned();
    };
    let (year, month, day) = civil(days);
    let words = messages.get_with(
        msg!("date-day"),
        &[
            ("day", &day.to_string()),
            ("month", &messages.get(MONTHS[(month - 1) as usize])),
            ("year", &year.to_string()),
        ],
    );
    without_isolation(&words)
}

/// The day a moment (Unix milliseconds) fell on in England, in words.
pub fn date_in_words(unix_ms: i64, messages: &crate::i18n::Messages) -> String {
    day_in_words(&iso(day_of_ms(in_england(unix_ms))), messages)
}

/// A moment with its time in England: "25 November 2026 at 14:05".
pub fn moment_in_words(unix_ms: i64, messages: &crate::i18n::Messages) -> String {
    let local = in_england(unix_ms);
    let minutes = local.div_euclid(60_000).rem_euclid(24 * 60);
    let time = format!("{:02}:{:02}", minutes / 60, minutes % 60);
    let words = messages.get_with(
        msg!("date-moment"),
        &[("date", &date_in_words(unix_ms, messages)), ("time", &time)],
    );
    without_isolation(&words)
}

/// Fluent isolates each part of a date from the others; the date as a whole is isolated
/// where it goes into a sentence, which is all the direction of the text needs.
fn without_isolation(words: &str) -> String {
    words.replace(['\u{2068}', '\u{2069}'], "")
}

const MONTHS: [&str; 12] = [
    msg!("month-1"),
    msg!("month-2"),
    msg!("month-3"),
    msg!("month-4"),
    msg!("month-5"),
    msg!("month-6"),
    msg!("month-7"),
    msg!("month-8"),
    msg!("month-9"),
    msg!("month-10"),
    msg!("month-11"),
    msg!("month-12"),
];

/// Year, month and day of a day number.
fn civil(days: i64) -> (i64, i64, i64) {
    let date = iso(days);
    let part = |range: std::ops::Range<usize>| date.get(range).and_then(|p| p.parse().ok()).unwrap_or(1);
    (part(0..4), part(5..7), part(8..10))
}

/// Unix milliseconds moved to the clock in England: British Summer Time (one hour on) runs
/// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
fn in_england(unix_ms: i64) -> i64 {
    let (year, _, _) = civil(day_of_ms(unix_ms));
    let last_sunday = |month_end: &str| {
        let end = parse(&format!("{year:04}-{month_end}")).unwrap_or(0);
        // Sunday is 6: back from the month's last day to its last Sunday.
        end - (weekday(end) + 1) % 7
    };
    let hour = 3_600_000;
    let starts = last_sunday("03-31") * 86_400_000 + hour;
    let ends = last_sunday("10-31") * 86_400_000 + hour;
    if (starts..ends).contains(&unix_ms) {
        unix_ms + hour
    } else {
        unix_ms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for date in ["1970-01-01", "2000-02-29", "2026-11-26", "2099-12-31"] {
            assert_eq!(iso(parse(date).expect(date)), date);
        }
        assert_eq!(parse("2026-02-30"), None);
    }

    #[test]
    fn working_days_skip_weekends() {
        // Thursday 26 November 2026: two working days on is Monday 30th.
        let thursday = parse("2026-11-26").expect("date");
        assert_eq!(iso(add_working_days(thursday, 2)), "2026-11-30");
        // Friday + 1 = Monday; Saturday + 1 = Monday.
        assert_eq!(iso(add_working_days(thursday + 1, 1)), "2026-11-30");
        assert_eq!(iso(add_working_days(thursday + 2, 1)), "2026-11-30");
        assert_eq!(iso(add_working_days(thursday, 10)), "2026-12-10");
    }

    #[test]
    fn dates_in_words_follow_the_clock_in_england() {
        let messages = crate::i18n::Messages::for_locale("en-GB");
        assert_eq!(day_in_words("2026-12-01", &messages), "1 December 2026");
        assert_eq!(day_in_words("not a date", &messages), "not a date");
        let at = |date: &str, minutes: i64| parse(date).expect("date") * 86_400_000 + minutes * 60_000;
        for (moment, words) in [
            // 29 March 2026 is the last Sunday of March: 00:59 UTC is still GMT, 01:00 is BST.
            (at("2026-03-29", 59), "29 March 2026 at 00:59"),
            (at("2026-03-29", 60), "29 March 2026 at 02:00"),
            // 25 October 2026 is the last Sunday of October: back to GMT at 01:00 UTC.
            (at("2026-10-25", 59), "25 October 2026 at 01:59"),
            (at("2026-10-25", 60), "25 October 2026 at 01:00"),
        ] {
            assert_eq!(moment_in_words(moment, &messages), words);
        }
        // 23:30 UTC on 31 July is already 1 August in England.
        assert_eq!(
            date_in_words(at("2026-07-31", 23 * 60 + 30), &messages),
            "1 August 2026"
        );
    }

    #[test]
    fn months_stay_within_the_month() {
        assert_eq!(iso(add_months(parse("2026-01-31").expect("date"), 1)), "2026-02-28");
        assert_eq!(iso(add_months(parse("2026-11-26").expect("date"), 12)), "2027-11-26");
    }
}
