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
    fn months_stay_within_the_month() {
        assert_eq!(iso(add_months(parse("2026-01-31").expect("date"), 1)), "2026-02-28");
        assert_eq!(iso(add_months(parse("2026-11-26").expect("date"), 12)), "2027-11-26");
    }
}
