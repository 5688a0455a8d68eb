//! What a place shows: the one answer the router, the pre-renderer and the pages share, so that
//! the title, the description and the canonical address of a screen are decided once.

use super::error::LinkError;
use super::link::{Page, Place};
use super::model::{Answer, Guide, Outcome, Question};
use super::walk::Walk;

/// A screen of the app, resolved from a [`Place`] by [`Guide::screen`].
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<'g> {
    /// A question (the first one is the start page).
    Question(Asked<'g>),
    /// A result.
    Result(Shown<'g>),
    /// A result's 「受付で見せる」 view.
    Desk(Shown<'g>),
    /// A page that reads the same for everyone.
    Page(Page),
}

/// A question on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked<'g> {
    /// The answers that led here.
    pub walk: Walk<'g>,
    /// The question asked.
    pub question: &'g Question,
    /// The answer given here before, marked when the person comes back.
    pub chosen: Option<String>,
}

/// A result on screen, or its desk view.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown<'g> {
    /// The answers that led here (none for a result's stable link), kept by the desk view so
    /// that its way back shows them again.
    pub walk: Walk<'g>,
    /// The result.
    pub result: &'g Outcome,
}

/// An answer as its question's screen offers it.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<'g> {
    /// The answer.
    pub answer: &'g Answer,
    /// Where it leads: the next question or the result, with the answers so far.
    pub to: Place,
    /// The entry it leaves behind in the history: this question with it marked, so that Back
    /// returns to the answer given.
    pub remember: Place,
    /// Whether it is the answer given here before.
    pub current: bool,
}

impl<'g> Asked<'g> {
    /// The question's answers, each with where it leads.
    pub fn choices(&self, guide: &'g Guide) -> Vec<Choice<'g>> {
        let choice = |answer: &'g Answer| Choice {
            answer,
            to: guide.place_of(&self.walk.then(guide, answer)),
            remember: guide.marked(self.question, answer),
            current: self.chosen.as_deref() == Some(answer.id.as_str()),
        };
        self.question.answers.iter().map(choice).collect()
    }

    /// The question before, with its answer marked; none on the first.
    pub fn back(&self, guide: &Guide) -> Option<Place> {
        guide.back_link(&self.walk)
    }
}

impl Shown<'_> {
    /// Where the result is: the address of the result page with the answers that led here.
    pub fn here(&self, guide: &Guide) -> Place {
        guide.place_of(&self.walk)
    }

    /// The result's 「受付で見せる」 view, keeping the answers.
    pub fn desk(&self, guide: &Guide) -> Place {
        guide.desk_of(&self.walk)
    }

    /// The last question answered, with its answer marked; none on a result's stable link.
    pub fn back(&self, guide: &Guide) -> Option<Place> {
        guide.back_link(&self.walk)
    }
}

impl Guide {
    /// The screen a place shows, or why its link cannot be followed (see [`Guide::resolve`]).
    pub fn screen(&self, place: &Place) -> Result<Screen<'_>, LinkError> {
        Ok(match place {
            Place::Page(page) => Screen::Page(*page),
            Place::Start { chosen } => {
                let (walk, question) = (self.walk::<&str>(&[])?, self.get(&self.meta.start));
                Screen::Question(Asked { walk, question, chosen: chosen.clone() })
            }
            Place::Question { id, chosen } => {
                let (walk, question) = self.walk_to_question(id)?;
                Screen::Question(Asked { walk, question, chosen: chosen.clone() })
            }
            Place::Result { id, answers } => {
                let (walk, result) = self.walk_to_result(id, answers.as_ref())?;
                Screen::Result(Shown { walk, result })
            }
            Place::Desk { id, answers } => {
                let (walk, result) = self.walk_to_result(id, answers.as_ref())?;
                Screen::Desk(Shown { walk, result })
            }
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
            Screen::Question(Asked { walk, .. }) if walk.taken.is_empty() => {
                format!("{app} | {}", guide.ui.start_title)
            }
            _ => format!("{} | {app}", self.heading(guide)),
        }
    }

    /// What the screen's `<h1>` says (the start page's says the first question).
    pub fn heading(&self, guide: &'g Guide) -> &'g str {
        match self {
            Screen::Question(Asked { question, .. }) => &question.text,
            Screen::Result(Shown { result, .. }) => &result.title,
            Screen::Desk(_) => &guide.desk.title,
            Screen::Page(Page::All) => &guide.index.title,
            Screen::Page(Page::About) => &guide.meta.about.title,
            Screen::Page(Page::Contacts) => &guide.contacts.title,
        }
    }

    /// What a link preview and a search result say of the page.
    pub fn description(&self, guide: &'g Guide) -> &'g str {
        match self {
            Screen::Question(Asked { question, walk, .. }) if !walk.taken.is_empty() => {
                question.hint.as_deref().unwrap_or(&guide.meta.promise)
            }
            Screen::Question(_) => &guide.meta.promise,
            Screen::Result(Shown { result, .. }) => &result.summary,
            Screen::Desk(_) => &guide.desk.lead,
            Screen::Page(Page::All) => &guide.index.lead,
            Screen::Page(Page::About) => &guide.meta.notice,
            Screen::Page(Page::Contacts) => &guide.contacts.lead,
        }
    }

    /// Where the screen is now: the address a followed link is shown at, its result under its
    /// current name and its answers as the flow asks them now (see `aliases`, `moved_answers`).
    pub fn place(&self, guide: &Guide) -> Place {
        match self {
            Screen::Question(Asked { question, chosen, .. }) if guide.meta.start.is(question) => {
                Place::Start { chosen: chosen.clone() }
            }
            Screen::Question(Asked { question, chosen, .. }) => {
                Place::Question { id: question.id.clone(), chosen: chosen.clone() }
            }
            Screen::Result(shown) => shown.here(guide),
            Screen::Desk(shown) => shown.desk(guide),
            Screen::Page(page) => Place::Page(*page),
        }
    }

    /// The page everyone gets (without answers or a marked one): the canonical address.
    pub fn canonical(&self, guide: &Guide) -> Place {
        self.place(guide).everyones()
    }
}
