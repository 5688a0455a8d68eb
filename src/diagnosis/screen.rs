//! What a place shows: the one answer the router, the pre-renderer and the pages share, so that
//! the title, the description and the canonical address of a screen are decided once.

use super::error::LinkError;
use super::link::Place;
use super::model::{Guide, Outcome, Question};
use super::walk::{End, Walk};

/// A screen of the app, resolved from a [`Place`] by [`Guide::screen`].
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<'g> {
    /// A question (the first one is the start page).
    Question {
        /// The answers that led here.
        walk: Walk<'g>,
        /// The question asked.
        question: &'g Question,
        /// The answer given here before, marked when the person comes back.
        chosen: Option<String>,
    },
    /// A result.
    Result {
        /// The answers that led here (none for a result's stable link).
        walk: Walk<'g>,
        /// The result.
        result: &'g Outcome,
    },
    /// A result's 「受付で見せる」 view.
    Desk {
        /// The answers that led to the result, kept so that its way back shows them again.
        walk: Walk<'g>,
        /// The result the view belongs to.
        result: &'g Outcome,
    },
    /// What changed after the guide's date, with the sources.
    About,
    /// Who to contact, by type of insurance.
    Contacts,
}

impl Guide {
    /// The screen a place shows, or why its link cannot be followed (see [`Guide::resolve`]).
    pub fn screen(&self, place: &Place) -> Result<Screen<'_>, LinkError> {
        match place {
            Place::About => return Ok(Screen::About),
            Place::Contacts => return Ok(Screen::Contacts),
            _ => {}
        }
        let walk = self.resolve(place)?;
        Ok(match (walk.end, place) {
            (End::Ask(question), Place::Start { chosen } | Place::Question { chosen, .. }) => {
                Screen::Question { question, chosen: chosen.clone(), walk }
            }
            (End::Show(result), Place::Desk { .. }) => Screen::Desk { result, walk },
            (End::Show(result), Place::Result { .. }) => Screen::Result { result, walk },
            // `resolve` walks a question's place to that question and a result's to that result.
            _ => return Err(LinkError::Malformed),
        })
    }

    /// The document title of a link that cannot be followed.
    pub fn broken_link_title(&self) -> String {
        format!("{} | {}", self.ui.broken_heading, self.meta.title)
    }
}

impl<'g> Screen<'g> {
    /// The document title: the screen's heading and the app's name (`meta.title`); the start
    /// page leads with the name.
    pub fn title(&self, guide: &Guide) -> String {
        let app = &guide.meta.title;
        match self {
            Screen::Question { walk, .. } if walk.taken.is_empty() => format!("{app} | {}", guide.ui.start_title),
            Screen::Question { question, .. } => format!("{} | {app}", question.text),
            Screen::Result { result, .. } => format!("{} | {app}", result.title),
            Screen::Desk { .. } => format!("{} | {app}", guide.desk.title),
            Screen::About => format!("{} | {app}", guide.meta.about.title),
            Screen::Contacts => format!("{} | {app}", guide.contacts.title),
        }
    }

    /// What a link preview and a search result say of the page.
    pub fn description(&self, guide: &'g Guide) -> &'g str {
        match self {
            Screen::Question { question, walk, .. } if !walk.taken.is_empty() => {
                question.hint.as_deref().unwrap_or(&guide.meta.promise)
            }
            Screen::Question { .. } => &guide.meta.promise,
            Screen::Result { result, .. } => &result.summary,
            Screen::Desk { .. } => &guide.desk.lead,
            Screen::About => &guide.meta.notice,
            Screen::Contacts => &guide.contacts.lead,
        }
    }

    /// Where the screen is now: the address a followed link is shown at, its result under its
    /// current name and its answers as the flow asks them now (see `aliases`, `moved_answers`).
    pub fn place(&self, guide: &Guide) -> Place {
        match self {
            Screen::Question { walk, chosen, .. } => match (guide.place_of(walk), chosen) {
                (Place::Start { .. }, chosen) => Place::Start { chosen: chosen.clone() },
                (Place::Question { id, .. }, chosen) => Place::Question { id, chosen: chosen.clone() },
                (other, _) => other,
            },
            Screen::Result { walk, .. } => guide.place_of(walk),
            Screen::Desk { walk, .. } => guide.desk_of(walk),
            Screen::About => Place::About,
            Screen::Contacts => Place::Contacts,
        }
    }

    /// The page everyone gets (without answers or a marked one): the canonical address.
    pub fn canonical(&self, guide: &Guide) -> Place {
        self.place(guide).everyones()
    }
}
