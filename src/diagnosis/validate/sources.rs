//! Sources: each claim names the one official page that states it, read on a day between the
//! guide's date and the check date.

use crate::diagnosis::day::Day;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::Guide;

/// Hosts of official bodies that are not under `go.jp` or `lg.jp`: municipalities with their own
/// domains, the insurer associations, the regional 後期高齢者医療広域連合, and MHLW's portal for
/// medical institutions (医療機関等向け総合ポータルサイト), which MHLW runs on a rented host.
const OFFICIAL_HOSTS: [&str; 9] = [
    "tomiya-city.miyagi.jp",
    "inacity.jp",
    "kyoukaikenpo.or.jp",
    "kenporen.com",
    "saitama-koukikourei.org",
    "iryokouiki-hokkaido.jp",
    "kokuho.or.jp",
    "city-yanai.jp",
    "iryohokenjyoho.service-now.com",
];

impl Guide {
    /// A source is an https address read on a day between the guide's date and the data's
    /// check date; `checked` without a source, or a source without it, is an error.
    /// `prefix` is the field path before `source` / `checked` (e.g. `steps[2].`).
    pub(super) fn check_sourced(
        &self,
        item: &str,
        prefix: &str,
        source: Option<&str>,
        checked: Option<&str>,
    ) -> Result<(), DataError> {
        match (source, checked) {
            (None, None) => Ok(()),
            (Some(_), None) => {
                Err(DataError::new(item, format!("{prefix}checked"), "is missing: say when the source was read"))
            }
            (None, Some(_)) => {
                Err(DataError::new(item, format!("{prefix}source"), "is missing: checked names no source"))
            }
            (Some(url), Some(day)) => {
                check_source(item, &format!("{prefix}source"), url)?;
                self.check_read_on(item, &format!("{prefix}checked"), day)
            }
        }
    }

    /// The day a source was read lies between the guide's date and the data's check date.
    pub(super) fn check_read_on(&self, item: &str, field: &str, day: &str) -> Result<(), DataError> {
        check_date(item, field, day)?;
        if day < self.meta.as_of.as_str() || day > self.meta.checked.as_str() {
            return Err(DataError::new(
                item,
                field,
                format!(
                    "{day} is not between the guide's date {} and the data's check date {}",
                    self.meta.as_of, self.meta.checked
                ),
            ));
        }
        Ok(())
    }
}

/// A date of the data is a real day written `YYYY-MM-DD` (the form [`Day`] parses).
pub(super) fn check_date(item: &str, field: &str, date: &str) -> Result<(), DataError> {
    date.parse::<Day>()
        .map(|_| ())
        .map_err(|()| DataError::new(item, field, format!("\"{date}\" is not a date of the form YYYY-MM-DD")))
}

/// Whether a source address belongs to an official body: the national government (`go.jp`),
/// a local government (`lg.jp`, or a municipality's own `city.` / `town.` / `vill.` / `pref.`
/// domain under `.jp`), or an insurer association or 広域連合 in [`OFFICIAL_HOSTS`].
pub fn is_official_source(url: &str) -> bool {
    let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    host.ends_with(".go.jp")
        || host.ends_with(".lg.jp")
        || (["city.", "town.", "vill.", "pref."].iter().any(|p| host.starts_with(p)) && host.ends_with(".jp"))
        || OFFICIAL_HOSTS.contains(&host)
}

/// What reception staff may be shown, a number to call and a dated change of the rules are
/// stated by an official body itself: for these, a reprint or a news page is not enough.
pub(super) fn check_official(item: &str, field: &str, url: &str) -> Result<(), DataError> {
    if is_official_source(url) {
        return Ok(());
    }
    Err(DataError::new(item, field, format!("\"{url}\" is not an official page: cite the body that states it")))
}

/// A source is an https address of the one page that states the claim: a site's top page states
/// nothing a reader could check.
pub(super) fn check_source(item: &str, field: &str, url: &str) -> Result<(), DataError> {
    let Some(rest) = url.strip_prefix("https://").filter(|_| !url.contains(char::is_whitespace)) else {
        return Err(DataError::new(item, field, format!("\"{url}\" is not an https:// address")));
    };
    match rest.split_once('/') {
        Some((_, page)) if !page.is_empty() => Ok(()),
        _ => Err(DataError::new(
            item,
            field,
            format!("\"{url}\" is a site's top page: cite the page that states the claim"),
        )),
    }
}
