//! Links: every screen of the wizard is a path, so the URL is the whole state.
//!
//! - `/` — the first question
//! - `/q/<question-id>/` — a later question; the answers that led there follow from the tree
//! - `/r/<result-id>/` — a result, optionally with `?a=<answer>.<answer>…`, the answers that led
//!   there, so the page can show them and offer to change one.
//!
//! Paths are relative to the app's base (Trunk's public URL). Decoding never panics: anything
//! that is not exactly one of these shapes is a [`LinkError`].

use super::error::LinkError;
use super::model::Guide;
use super::validate::is_slug;
use super::walk::{End, Walk};
use std::fmt;
use std::str::FromStr;

/// The most answers a link may carry; far more than the flow's depth, small enough to stay cheap.
const MAX_ANSWERS: usize = 32;

/// The answers that led to a result, as carried in the `a` query parameter: `portal.not-found`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers(pub Vec<String>);

impl FromStr for Answers {
    type Err = LinkError;

    fn from_str(s: &str) -> Result<Self, LinkError> {
        if s.len() > MAX_ANSWERS * 41 {
            return Err(LinkError::BadAnswers);
        }
        let ids: Vec<String> = s.split('.').map(str::to_string).collect();
        if ids.len() > MAX_ANSWERS || !ids.iter().all(|id| is_slug(id)) {
            return Err(LinkError::BadAnswers);
        }
        Ok(Answers(ids))
    }
}

impl fmt::Display for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("."))
    }
}

impl Answers {
    /// Reads the `a` parameter out of a query string (with or without its `?`). Other
    /// parameters, such as those chat apps append, are ignored; a missing `a` is `None`.
    pub fn from_query(query: &str) -> Result<Option<Answers>, LinkError> {
        query_param(query, "a")?.map(str::parse).transpose()
    }
}

/// The answer a question page should show as chosen before (`?chosen=<answer-id>`), kept when
/// the person goes back. Anything but one slug is ignored: it only highlights a button.
pub fn chosen_answer(query: &str) -> Option<String> {
    query_param(query, "chosen").ok().flatten().filter(|id| is_slug(id)).map(str::to_string)
}

/// The query string that marks `answer_id` as chosen on a question page.
pub fn chosen_query(answer_id: &str) -> String {
    format!("?chosen={answer_id}")
}

/// The value of `key` in a query string; a key given twice is an error.
fn query_param<'q>(query: &'q str, key: &str) -> Result<Option<&'q str>, LinkError> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut found = None;
    for pair in query.split('&') {
        if let Some(value) = pair.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')) {
            if found.replace(value).is_some() {
                return Err(LinkError::BadAnswers);
            }
        }
    }
    Ok(found)
}

/// A screen of the app, as written in a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The first question (the start screen).
    Start,
    /// A later question.
    Question(String),
    /// The 「受付で見せる」 view of a result, for the reception desk.
    Desk(String),
    /// A result, with the answers that led there when the link carries them.
    Result {
        /// The result's id.
        id: String,
        /// The answers, if known.
        answers: Option<Answers>,
    },
}

impl Place {
    /// The path part, from the app's base: `/`, `/q/<id>/` or `/r/<id>/`.
    pub fn path(&self) -> String {
        match self {
            Place::Start => "/".to_string(),
            Place::Question(id) => format!("/q/{id}/"),
            Place::Result { id, .. } => format!("/r/{id}/"),
            Place::Desk(id) => format!("/r/{id}/desk/"),
        }
    }

    /// The query part without `?`, when there is one.
    pub fn query(&self) -> Option<String> {
        match self {
            Place::Result { answers: Some(a), .. } if !a.0.is_empty() => Some(format!("a={a}")),
            _ => None,
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())?;
        match self.query() {
            Some(q) => write!(f, "?{q}"),
            None => Ok(()),
        }
    }
}

impl FromStr for Place {
    type Err = LinkError;

    /// Parses a path (and optional query) relative to the app's base.
    fn from_str(link: &str) -> Result<Self, LinkError> {
        let (path, query) = link.split_once('?').unwrap_or((link, ""));
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Ok(Place::Start);
        }
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            ["q", id] if is_slug(id) => Ok(Place::Question(id.to_string())),
            ["r", id] if is_slug(id) => Ok(Place::Result { id: id.to_string(), answers: Answers::from_query(query)? }),
            ["r", id, "desk"] if is_slug(id) => Ok(Place::Desk(id.to_string())),
            _ => Err(LinkError::Malformed),
        }
    }
}

impl Guide {
    /// Where a walk stands, as a link.
    pub fn place_of(&self, walk: &Walk<'_>) -> Place {
        match walk.end {
            End::Ask(q) if q.id == self.meta.start => Place::Start,
            End::Ask(q) => Place::Question(q.id.clone()),
            End::Show(r) => Place::Result {
                id: r.id.clone(),
                answers: (!walk.taken.is_empty())
                    .then(|| Answers(walk.answer_ids().into_iter().map(str::to_string).collect())),
            },
        }
    }

    /// The link back to the `i`-th question of a walk, with the answer given there marked as
    /// chosen: what "back" and "change" lead to. `None` past the last answer.
    pub fn revisit(&self, walk: &Walk<'_>, i: usize) -> Option<String> {
        let answer = walk.taken.get(i)?.answer;
        let before = self.walk(&walk.answer_ids()[..i]).ok()?;
        Some(format!("{}{}", self.place_of(&before).path(), chosen_query(&answer.id)))
    }

    /// The link back to the last question answered (see [`Guide::revisit`]).
    pub fn back_link(&self, walk: &Walk<'_>) -> Option<String> {
        self.revisit(walk, walk.taken.len().checked_sub(1)?)
    }

    /// Follows a link to the walk it stands for.
    ///
    /// A result id that was renamed resolves through the data's aliases. A result link whose
    /// answers no longer lead to it is an error, so the page can say the link is out of date.
    pub fn resolve(&self, place: &Place) -> Result<Walk<'_>, LinkError> {
        match place {
            Place::Start => self.walk::<&str>(&[]),
            Place::Question(id) => {
                let trail = self.trail_to(id).ok_or_else(|| LinkError::UnknownQuestion(id.clone()))?;
                self.walk(&trail)
            }
            Place::Desk(id) => self.resolve(&Place::Result { id: id.clone(), answers: None }),
            Place::Result { id, answers } => {
                let result = self.result_or_alias(id).ok_or_else(|| LinkError::UnknownResult(id.clone()))?;
                let Some(answers) = answers else {
                    return Ok(Walk { taken: Vec::new(), end: End::Show(result) });
                };
                let walk = self.walk(&answers.0)?;
                match walk.end {
                    End::Show(reached) if reached.id == result.id => Ok(walk),
                    End::Show(reached) => {
                        Err(LinkError::AnswersLeadElsewhere { named: result.id.clone(), reached: reached.id.clone() })
                    }
                    End::Ask(_) => Err(LinkError::AnswersDoNotFit),
                }
            }
        }
    }

    /// Every page that has a stable path: the start, each later question, each result and its
    /// desk view. These are the files a static host needs (see `src/bin/static-pages.rs`).
    pub fn pages(&self) -> Vec<Place> {
        let questions =
            self.questions.iter().filter(|q| q.id != self.meta.start).map(|q| Place::Question(q.id.clone()));
        let results = self
            .results
            .iter()
            .flat_map(|r| [Place::Result { id: r.id.clone(), answers: None }, Place::Desk(r.id.clone())]);
        std::iter::once(Place::Start).chain(questions).chain(results).collect()
    }

    /// The heading of a page, used for its `<title>`; `None` for an unknown id.
    pub fn title_of(&self, place: &Place) -> Option<&str> {
        match place {
            Place::Start => Some(&self.meta.title),
            Place::Question(id) => self.question(id).map(|q| q.text.as_str()),
            Place::Result { id, .. } => self.result_or_alias(id).map(|r| r.title.as_str()),
            Place::Desk(_) => Some(&self.desk.title),
        }
    }
}
