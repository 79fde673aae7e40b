//! The `Retry-After` header (RFC 9110, section 10.2.3): a number of seconds, or an HTTP-date in
//! any of the three formats a recipient must accept, read by hand.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The longest wait a `Retry-After` value is taken at: one day. A server asking for more is
/// misconfigured rather than planning, and the value is ignored. The same bound holds however
/// the wait is obtained: read from a header, read back from serde's `retry_after_ms`, or set
/// with [`ImError::with_retry_after`](crate::ImError::with_retry_after); and no
/// [`suggested_backoff`](crate::ImError::suggested_backoff) is longer.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// `wait`, unless it is over [`MAX_RETRY_AFTER`].
pub(crate) fn within_bound(wait: Duration) -> Option<Duration> {
    (wait <= MAX_RETRY_AFTER).then_some(wait)
}

/// The wait a `Retry-After` header value asks for, counted from `now` when it is a date.
///
/// Takes delta-seconds (`120`) and the HTTP-date formats of RFC 9110: the IMF-fixdate every
/// server should send (`Wed, 21 Oct 2015 07:28:00 GMT`) and the obsolete RFC 850
/// (`Wednesday, 21-Oct-15 07:28:00 GMT`) and asctime (`Wed Oct 21 07:28:00 2015`) forms. A date
/// already past asks for no wait: [`Duration::ZERO`]. `None` for anything else: a value that
/// is not one of these, a date that does not exist, or a wait over [`MAX_RETRY_AFTER`]. Never
/// panics, whatever the bytes.
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_420); // 07:27:00 that day
/// let wait = |value: &str| im_errors::parse_retry_after(value.as_bytes(), now);
/// assert_eq!(wait("120"), Some(Duration::from_secs(120)));
/// assert_eq!(wait("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::from_secs(60)));
/// assert_eq!(wait("Tue, 20 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
/// assert_eq!(wait("soon"), None);
/// assert_eq!(wait("31536000"), None); // a year: absurd, ignored
/// ```
pub fn parse_retry_after(value: &[u8], now: SystemTime) -> Option<Duration> {
    let value = value.trim_ascii();
    if !value.is_empty() && value.iter().all(u8::is_ascii_digit) {
        let seconds = value.iter().try_fold(0u64, |seconds, digit| {
            seconds
                .checked_mul(10)?
                .checked_add(u64::from(digit - b'0'))
        })?;
        return within_bound(Duration::from_secs(seconds));
    }
    let now_seconds = unix_seconds(now);
    let date = http_date(std::str::from_utf8(value).ok()?, now_seconds)?;
    let Ok(date_seconds) = u64::try_from(date) else {
        // Before 1970: long past.
        return Some(Duration::ZERO);
    };
    let date = UNIX_EPOCH.checked_add(Duration::from_secs(date_seconds))?;
    match date.duration_since(now) {
        Ok(wait) => within_bound(wait),
        Err(_) => Some(Duration::ZERO),
    }
}

/// The `Retry-After` value of a response, if it has one that reads, as of now.
#[cfg(any(feature = "http", feature = "reqwest"))]
pub(crate) fn header(value: Option<&[u8]>) -> Option<Duration> {
    parse_retry_after(value?, SystemTime::now())
}

/// Seconds since the epoch, negative before it (a clock set before 1970).
fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An HTTP-date, as seconds since the epoch. `now` (seconds since the epoch) places the
/// two-digit years of RFC 850 dates. Names match ignoring ASCII case; the day name is not
/// checked against the date.
fn http_date(text: &str, now: i64) -> Option<i64> {
    let named = |names: &[&str], name: &str| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    match text.split_once(',') {
        // IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
        Some((day_name, rest)) if named(&DAY_NAMES, day_name) => {
            let rest = rest.strip_prefix(' ')?;
            let mut parts = rest.split(' ');
            let day = number(parts.next()?, 2)?;
            let month = month(parts.next()?)?;
            let year = number(parts.next()?, 4)?;
            let time = parts.next()?;
            gmt(parts.next()?)?;
            parts.next().is_none().then_some(())?;
            seconds(i64::from(year), month, day, time)
        }
        // RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`.
        Some((day_name, rest)) if named(&LONG_DAY_NAMES, day_name) => {
            let rest = rest.strip_prefix(' ')?;
            let mut parts = rest.split(' ');
            let mut date = parts.next()?.split('-');
            let day = number(date.next()?, 2)?;
            let month = month(date.next()?)?;
            let year = number(date.next()?, 2)?;
            date.next().is_none().then_some(())?;
            let time = parts.next()?;
            gmt(parts.next()?)?;
            parts.next().is_none().then_some(())?;
            seconds(two_digit_year(year, now), month, day, time)
        }
        Some(_) => None,
        // asctime: `Sun Nov  6 08:49:37 1994`, the day padded with a space.
        None => {
            let (day_name, rest) = text.split_once(' ')?;
            named(&DAY_NAMES, day_name).then_some(())?;
            let (month_name, rest) = rest.split_once(' ')?;
            let month = month(month_name)?;
            let (day, rest) = rest.split_at_checked(2)?;
            let day = number(day.strip_prefix(' ').unwrap_or(day), 2)?;
            let mut parts = rest.strip_prefix(' ')?.split(' ');
            let time = parts.next()?;
            let year = number(parts.next()?, 4)?;
            parts.next().is_none().then_some(())?;
            seconds(i64::from(year), month, day, time)
        }
    }
}

/// A number of exactly `digits` ASCII digits, or of one digit fewer (a day of a single digit,
/// as some servers send).
fn number(text: &str, digits: usize) -> Option<u32> {
    let fits = text.len() == digits || (digits == 2 && text.len() == 1);
    if !fits || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The month's number, 1 to 12.
fn month(name: &str) -> Option<u32> {
    let index = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(name))?;
    u32::try_from(index + 1).ok()
}

fn gmt(zone: &str) -> Option<()> {
    zone.eq_ignore_ascii_case("GMT").then_some(())
}

/// The year a two-digit RFC 850 year names: this century's, unless that is more than 50 years
/// ahead of `now`, then the century before's (RFC 9110, section 5.6.7).
fn two_digit_year(year: u32, now: i64) -> i64 {
    let this_year = year_of_day(now.div_euclid(86_400));
    let year = this_year - this_year.rem_euclid(100) + i64::from(year);
    if year > this_year + 50 {
        year - 100
    } else {
        year
    }
}

/// Seconds since the epoch of a date and an `HH:MM:SS` time of day, if both exist (a leap
/// second, `:60`, counts as the next minute's first).
fn seconds(year: i64, month: u32, day: u32, time: &str) -> Option<i64> {
    let mut parts = time.split(':');
    let hour = number(parts.next()?, 2).filter(|hour| *hour < 24)?;
    let minute = number(parts.next()?, 2).filter(|minute| *minute < 60)?;
    let second = number(parts.next()?, 2).filter(|second| *second <= 60)?;
    parts.next().is_none().then_some(())?;
    let in_month = match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=in_month).contains(&day).then_some(())?;
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + i64::from(hour * 3_600 + minute * 60 + second))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The year of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`, year only).
fn year_of_day(days: i64) -> i64 {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400;
    if shifted_month >= 10 { year + 1 } else { year }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// 2015-10-21 07:28:00 UTC.
    const OCT_21_2015: u64 = 1_445_412_480;
    const OCT_21_2015_I64: i64 = 1_445_412_480;
    /// 1994-11-06 08:49:37 UTC, RFC 9110's example.
    const NOV_6_1994: i64 = 784_111_777;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    fn wait(value: &str, now: SystemTime) -> Option<Duration> {
        parse_retry_after(value.as_bytes(), now)
    }

    #[test]
    fn delta_seconds() {
        let now = SystemTime::now();
        assert_eq!(wait("120", now), Some(Duration::from_secs(120)));
        assert_eq!(wait(" 2\t", now), Some(Duration::from_secs(2)));
        assert_eq!(wait("0", now), Some(Duration::ZERO));
        assert_eq!(wait("0086400", now), Some(MAX_RETRY_AFTER));
        for absurd in [
            "86401",
            "18446744073709551615",
            "18446744073709551616",
            "9".repeat(400).as_str(),
        ] {
            assert_eq!(wait(absurd, now), None, "{absurd}");
        }
        for bad in ["", " ", "-1", "+5", "1.5", "1e3", "120s", "12 0", "０"] {
            assert_eq!(wait(bad, now), None, "{bad:?}");
        }
    }

    #[test]
    fn the_three_date_formats_name_the_same_second() {
        let now = 1_700_000_000;
        for text in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "sun, 06 nov 1994 08:49:37 gmt",
            "Sun, 6 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(http_date(text, now), Some(NOV_6_1994), "{text}");
        }
        assert_eq!(
            http_date("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(OCT_21_2015_I64)
        );
        assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT", now), Some(0));
        assert_eq!(
            http_date("Fri, 31 Dec 9999 23:59:59 GMT", now),
            Some(253_402_300_799)
        );
        assert_eq!(
            http_date("Wed Oct 21 07:28:00 2015", now),
            Some(OCT_21_2015_I64)
        );
    }

    #[test]
    fn dates_that_do_not_exist_or_do_not_read() {
        let now = 1_700_000_000;
        for text in [
            "Wed, 32 Oct 2015 07:28:00 GMT",
            "Wed, 00 Oct 2015 07:28:00 GMT",
            "Sat, 29 Feb 2023 07:28:00 GMT",
            "Thu, 29 Feb 1900 07:28:00 GMT",
            "Thu, 31 Apr 2015 07:28:00 GMT",
            "Wed, 21 Oct 2015 24:00:00 GMT",
            "Wed, 21 Oct 2015 07:60:00 GMT",
            "Wed, 21 Oct 2015 07:28:61 GMT",
            "Wed, 21 Oct 2015 07:28 GMT",
            "Wed, 21 Oct 2015 07:28:00:00 GMT",
            "Wed, 21 Oct 2015 07:28:00 UTC",
            "Wed, 21 Oct 2015 07:28:00 +0000",
            "Wed, 21 Oct 2015 07:28:00",
            "Wed, 21 Oct 2015 07:28:00 GMT extra",
            "Wed, 21 Okt 2015 07:28:00 GMT",
            "Wed, 21 Oct 15 07:28:00 GMT",
            "Wed,  21 Oct 2015 07:28:00 GMT",
            "Wednesday, 21 Oct 2015 07:28:00 GMT",
            "Wed, 21-Oct-15 07:28:00 GMT",
            "Xyz, 21 Oct 2015 07:28:00 GMT",
            "Wednesday, 21-Oct-2015 07:28:00 GMT",
            "Wed Oct 21 07:28:00 15",
            "Wed Oct 21 07:28:00 2015 GMT",
            "Wed Oct 2107:28:00 2015",
            "2015-10-21T07:28:00Z",
            ",",
            "Wed, ",
            "Wed",
        ] {
            assert_eq!(http_date(text, now), None, "{text}");
        }
        assert_eq!(
            http_date("Thu, 29 Feb 2024 07:28:00 GMT", now),
            Some(1_709_191_680)
        );
        assert_eq!(
            http_date("Tue, 29 Feb 2000 00:00:00 GMT", now),
            Some(951_782_400)
        );
        // A leap second is the next minute's first.
        assert_eq!(
            http_date("Sat, 31 Dec 2016 23:59:60 GMT", now),
            http_date("Sun, 01 Jan 2017 00:00:00 GMT", now)
        );
    }

    #[test]
    fn two_digit_years_fall_within_fifty_years_ahead() {
        // 2026-06-01.
        let now = 1_780_272_000;
        let year = |yy: &str| {
            http_date(&format!("Monday, 01-Jan-{yy} 00:00:00 GMT"), now)
                .map(|seconds| year_of_day(seconds.div_euclid(86_400)))
        };
        assert_eq!(year("26"), Some(2026));
        assert_eq!(year("76"), Some(2076));
        assert_eq!(year("77"), Some(1977));
        assert_eq!(year("94"), Some(1994));
        assert_eq!(year("00"), Some(2000));
    }

    #[test]
    fn a_date_is_a_wait_from_now() {
        let now = at(OCT_21_2015 - 90);
        let date = "Wed, 21 Oct 2015 07:28:00 GMT";
        assert_eq!(wait(date, now), Some(Duration::from_secs(90)));
        // Sub-second clocks: the wait is what remains.
        let now = now + Duration::from_millis(250);
        assert_eq!(wait(date, now), Some(Duration::from_millis(89_750)));
        // Past, or before the epoch: no wait.
        assert_eq!(wait(date, at(OCT_21_2015 + 1)), Some(Duration::ZERO));
        assert_eq!(
            wait("Mon, 01 Jan 1900 00:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        // Further off than a day: ignored.
        assert_eq!(wait(date, at(OCT_21_2015 - 86_400)), Some(MAX_RETRY_AFTER));
        assert_eq!(wait(date, at(OCT_21_2015 - 86_401)), None);
        assert_eq!(wait("Fri, 31 Dec 9999 23:59:59 GMT", now), None);
        // A clock before the epoch still reads dates.
        assert_eq!(
            wait(
                "Thu, 01 Jan 1970 00:00:10 GMT",
                UNIX_EPOCH - Duration::from_secs(5)
            ),
            Some(Duration::from_secs(15))
        );
    }

    #[test]
    fn days_and_years_agree() {
        for days in (-800_000..800_000).step_by(997) {
            let year = year_of_day(days);
            assert!(days_from_civil(year, 1, 1) <= days, "{days}");
            assert!(days < days_from_civil(year + 1, 1, 1), "{days}");
        }
    }

    proptest! {
        #[test]
        fn no_bytes_panic(value in proptest::collection::vec(any::<u8>(), 0..40), now in any::<u64>()) {
            let now = UNIX_EPOCH.checked_add(Duration::from_secs(now >> 20)).unwrap_or(UNIX_EPOCH);
            let _ = parse_retry_after(&value, now);
        }

        #[test]
        fn no_date_like_text_panics(text in "[A-Za-z]{0,9},? ?[0-9]{0,3}[ -]?[A-Za-z]{0,4}[ -]?[0-9]{0,5} ?[0-9:]{0,9} ?[A-Z]{0,4}") {
            let _ = parse_retry_after(text.as_bytes(), SystemTime::now());
        }

        /// Dates as another implementation (httpdate) writes them read back to the second.
        #[test]
        fn reads_what_httpdate_writes(seconds in 0u64..253_402_300_799, ahead in 0u64..=86_400) {
            let date = at(seconds);
            let text = httpdate::fmt_http_date(date);
            prop_assert_eq!(http_date(&text, 1_700_000_000), i64::try_from(seconds).ok());
            let now = date - Duration::from_secs(ahead.min(seconds));
            prop_assert_eq!(wait(&text, now), Some(Duration::from_secs(ahead.min(seconds))));
        }
    }
}
