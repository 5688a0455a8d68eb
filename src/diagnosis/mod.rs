//! The diagnosis core: the guide's data model, its loading and validation, the walk from
//! answers to a result, link encoding, and the check marks a device remembers.
//!
//! Nothing here touches the browser, so all of it is tested with plain `cargo test`.

mod day;
mod error;
mod id;
mod lang;
mod link;
mod map;
mod model;
mod screen;
pub mod texts;
mod ticks;
mod ui;
mod validate;
mod walk;
mod words;

pub use day::Day;
pub use error::{DataError, LinkError};
pub use lang::Lang;
pub use link::{Address, Answers, Page, Place, OLDER_ANSWERS_KEY, OLDER_CHOSEN_KEY};
pub use model::*;
pub use screen::{Asked, Choice, Screen, Shown};
pub use ticks::Ticks;
pub use ui::fill;
pub use validate::{is_official_source, max_heard_chars, MAX_DEPTH, MAX_HEARD, MAX_NUMBERED_STEPS};
pub use walk::{End, Taken, Walk};
pub use words::Voice;

use std::sync::OnceLock;

/// The guide as written, in Japanese, embedded at compile time.
pub const GUIDE_JSON: &str = include_str!("../../assets/diagnosis.json");

/// The guide's structure as the app embeds it: every language's texts fit in it (see `texts`).
const STRUCTURE: &str = include_str!(concat!(env!("OUT_DIR"), "/guide.structure"));

impl Lang {
    /// This language's texts as the app embeds them, written by `build.rs`.
    fn texts(self) -> &'static str {
        match self {
            Lang::Ja => include_str!(concat!(env!("OUT_DIR"), "/texts.ja")),
            Lang::Easy => include_str!(concat!(env!("OUT_DIR"), "/texts.easy")),
            Lang::En => include_str!(concat!(env!("OUT_DIR"), "/texts.en")),
        }
    }

    /// The guide in this language as shipped (JSON): the one structure with its texts.
    pub fn guide_json(self) -> String {
        texts::assemble(STRUCTURE, self.texts())
    }

    /// The file its texts come from, for messages.
    pub fn file(self) -> String {
        match self {
            Lang::Ja => "assets/diagnosis.json".into(),
            _ => format!("assets/i18n/{}.json", self.code()),
        }
    }
}

impl Guide {
    /// Parses and validates a guide; a parse error names the line and column.
    pub fn from_json(json: &str) -> Result<Guide, DataError> {
        Guide::from_json_in(json, Lang::Ja)
    }

    /// Parses and validates the guide in `lang`; a problem in a translated text names the
    /// language's file too.
    pub fn from_json_in(json: &str, lang: Lang) -> Result<Guide, DataError> {
        Guide::checked(json, lang).map_err(|e| match lang {
            Lang::Ja => e,
            _ => DataError { problem: format!("{} (in {})", e.problem, lang.file()), ..e },
        })
    }

    fn checked(json: &str, lang: Lang) -> Result<Guide, DataError> {
        let mut guide = Guide::deserialize(json, lang)?;
        // Ids first: a malformed or duplicate id is the fault to name, not the references it
        // then fails to match.
        guide.check_ids()?;
        guide.resolve_references()?;
        guide.validate()?;
        Ok(guide)
    }

    /// Parses a guide and resolves its references, without the rest of validation: only for
    /// the shipped bytes, which the build and the native tests have already validated.
    fn parse(json: &str, lang: Lang) -> Result<Guide, DataError> {
        let mut guide = Guide::deserialize(json, lang)?;
        guide.resolve_references()?;
        Ok(guide)
    }

    fn deserialize(json: &str, lang: Lang) -> Result<Guide, DataError> {
        let guide: Guide = serde_json::from_str(json).map_err(|e| {
            DataError::new("assets/diagnosis.json", format!("line {}, column {}", e.line(), e.column()), e.to_string())
        })?;
        Ok(Guide { lang, ..guide })
    }

    /// The question with this id, as a link names it.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.named(id)
    }

    /// The result with this id, as a link names it (not following aliases).
    pub fn result(&self, id: &str) -> Option<&Outcome> {
        self.named(id)
    }

    /// The result with this id, or the one an alias of a renamed result points to.
    pub fn result_or_alias(&self, id: &str) -> Option<&Outcome> {
        self.result(id).or_else(|| self.aliases.get(id).map(|new| self.get(new)))
    }

    /// The ids a result had before it was renamed (see `aliases`): where a device may still keep
    /// its ticks.
    pub fn old_ids<'g>(&'g self, result: &'g Outcome) -> impl Iterator<Item = &'g str> {
        self.aliases.iter().filter(move |(_, new)| new.is(result)).map(|(old, _)| old.as_str())
    }

    /// The checks whose steps are a result's numbered cards.
    pub fn numbered_checks(&self, result: &Outcome) -> Vec<&Check> {
        result.checks.iter().map(|id| self.get(id)).collect()
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
        let mut folded: Vec<&Ref<Check>> = result.more.iter().collect();
        let fallback = &self.meta.fallback;
        if !result.without_card && !folded.contains(&fallback) && !result.checks.contains(fallback) {
            folded.push(fallback);
        }
        folded.into_iter().map(|id| self.get(id)).collect()
    }

    /// Every check a result shows, numbered first, then folded.
    pub fn checks_shown(&self, result: &Outcome) -> Vec<&Check> {
        let mut checks = self.numbered_checks(result);
        checks.extend(self.folded_checks(result));
        checks
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

/// The shipped guide in `lang`, parsed once.
///
/// Natively (tests, and the static-pages step every build runs) it is also validated, so a
/// broken `assets/diagnosis.json` or translation fails the build with a message naming the item
/// and field. The browser embeds those same bytes and only parses them: validating again there
/// would cost every visitor download size and start-up time for a check that has already passed.
pub fn guide(lang: Lang) -> Result<&'static Guide, &'static DataError> {
    static GUIDES: [OnceLock<Result<Guide, DataError>>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or_default();
    GUIDES[slot]
        .get_or_init(|| {
            let json = lang.guide_json();
            if cfg!(target_arch = "wasm32") {
                Guide::parse(&json, lang)
            } else {
                Guide::from_json_in(&json, lang)
            }
        })
        .as_ref()
}
