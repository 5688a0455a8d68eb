//! The diagnosis core: the guide's data model, its loading and validation, the walk from
//! answers to a result, link encoding, and the check marks a device remembers.
//!
//! Nothing here touches the browser, so all of it is tested with plain `cargo test`.

mod day;
mod error;
mod link;
mod model;
mod screen;
mod ticks;
mod ui;
mod validate;
mod walk;
mod words;

pub use day::Day;
pub use error::{DataError, LinkError};
pub use link::{Answers, Place};
pub use model::*;
pub use screen::Screen;
pub use ticks::Ticks;
pub use ui::fill;
pub use validate::{is_official_source, MAX_DEPTH, MAX_NUMBERED_STEPS};
pub use walk::{End, Taken, Walk};
pub use words::Voice;

use std::sync::OnceLock;

/// The guide as shipped, embedded at compile time.
pub const GUIDE_JSON: &str = include_str!("../../assets/diagnosis.json");

impl Guide {
    /// Parses and validates a guide; a parse error names the line and column.
    pub fn from_json(json: &str) -> Result<Guide, DataError> {
        let guide = Guide::parse(json)?;
        guide.validate()?;
        Ok(guide)
    }

    /// Parses a guide without validating it: only for the shipped bytes, which the build and
    /// the native tests have already validated.
    fn parse(json: &str) -> Result<Guide, DataError> {
        serde_json::from_str(json).map_err(|e| {
            DataError::new("assets/diagnosis.json", format!("line {}, column {}", e.line(), e.column()), e.to_string())
        })
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The result with this id (not following aliases).
    pub fn result(&self, id: &str) -> Option<&Outcome> {
        self.results.iter().find(|r| r.id == id)
    }

    /// The result with this id, or the one an alias of a renamed result points to.
    pub fn result_or_alias(&self, id: &str) -> Option<&Outcome> {
        self.result(id).or_else(|| self.aliases.get(id).and_then(|new| self.result(new)))
    }

    /// The cause with this id.
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    /// The check with this id.
    pub fn check(&self, id: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The checks whose steps are a result's numbered cards.
    pub fn numbered_checks(&self, result: &Outcome) -> Vec<&Check> {
        result.checks.iter().filter_map(|id| self.check(id)).collect()
    }

    /// The first thing a result asks a person to do: its first numbered step that is an action,
    /// not something to know.
    pub fn first_action(&self, result: &Outcome) -> Option<&Step> {
        self.numbered_checks(result).into_iter().flat_map(|c| c.steps.iter()).find(|s| !s.info)
    }

    /// The checks folded away under a result's numbered cards: its rarer ones, then the
    /// guide's fallback unless the result already shows it or is for a person without a card
    /// (the fallback starts with bringing it).
    pub fn folded_checks(&self, result: &Outcome) -> Vec<&Check> {
        let mut ids: Vec<&str> = result.more.iter().map(String::as_str).collect();
        let fallback = self.meta.fallback.as_str();
        if !result.without_card && !ids.contains(&fallback) && !result.checks.iter().any(|c| c == fallback) {
            ids.push(fallback);
        }
        ids.into_iter().filter_map(|id| self.check(id)).collect()
    }

    /// Every check a result shows, numbered first, then folded.
    pub fn checks_shown(&self, result: &Outcome) -> Vec<&Check> {
        let mut checks = self.numbered_checks(result);
        checks.extend(self.folded_checks(result));
        checks
    }

    /// The telephone line with this id.
    pub fn phone(&self, id: &str) -> Option<&Phone> {
        self.phones.iter().find(|p| p.id == id)
    }

    /// The scene with this id.
    pub fn scene(&self, id: &str) -> Option<&Scene> {
        self.scenes.iter().find(|s| s.id == id)
    }
}

/// After how many months past `meta.checked` every page says the data may be out of date.
pub const STALE_AFTER_MONTHS: u32 = 6;

impl Guide {
    /// The last day of a rule that had ended by the data's check date (its `until`), or `None`
    /// for a rule that still applies or has no end.
    pub fn ended<'a>(&self, until: Option<&'a str>) -> Option<&'a str> {
        until.filter(|until| *until < self.meta.checked.as_str())
    }

    /// The first day on which the data counts as old: [`STALE_AFTER_MONTHS`] after its check
    /// date. `None` only for a check date that is not a date, which validation refuses.
    pub fn stale_from(&self) -> Option<Day> {
        self.meta.checked.parse::<Day>().ok().map(|d| d.months_later(STALE_AFTER_MONTHS).plus(1))
    }
}

/// The shipped guide, parsed once.
///
/// Natively (tests, and the static-pages step every build runs) it is also validated, so a
/// broken `assets/diagnosis.json` fails the build with a message naming the item and field. The
/// browser embeds those same bytes and only parses them: validating again there would cost
/// every visitor download size and start-up time for a check that has already passed.
pub fn guide() -> Result<&'static Guide, &'static DataError> {
    static GUIDE: OnceLock<Result<Guide, DataError>> = OnceLock::new();
    GUIDE
        .get_or_init(
            || if cfg!(target_arch = "wasm32") { Guide::parse(GUIDE_JSON) } else { Guide::from_json(GUIDE_JSON) },
        )
        .as_ref()
}
