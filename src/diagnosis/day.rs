//! A calendar date without a time zone: the day a reminder falls on, and the day after which
//! the data counts as old. Parsed from and printed as `YYYY-MM-DD`, the form the data uses.

use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl Day {
    /// The day `days` later.
    pub fn plus(self, days: u32) -> Day {
        let from_days = |z: i64| {
            // Howard Hinnant's civil_from_days.
            let z = z + 719_468;
            let era = z.div_euclid(146_097);
            let doe = z.rem_euclid(146_097);
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            let mp = (5 * doy + 2) / 153;
            let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
            let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
            let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
            Day { year: y, month: m, day: d }
        };
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        from_days(era * 146_097 + doe - 719_468 + i64::from(days))
    }

    /// The same day `months` later, or the month's last day where it is shorter
    /// (2026-08-31 plus 6 months is 2027-02-28).
    pub fn months_later(self, months: u32) -> Day {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let (year, month) = (index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1);
        Day { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// `YYYYMMDD`, as iCalendar writes a date.
    pub(crate) fn ical(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Day {
    type Err = ();

    /// `YYYY-MM-DD` with a real month and a day that month has.
    fn from_str(s: &str) -> Result<Day, ()> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(());
        }
        let number = |range: std::ops::Range<usize>| {
            let part = &s[range];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse::<u32>().map_err(|_| ())
            } else {
                Err(())
            }
        };
        let (year, month, day) = (number(0..4)? as i32, number(5..7)?, number(8..10)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(());
        }
        Ok(Day { year, month, day })
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
