//! Links: every screen of the wizard is a path, so the URL is the whole state ([`Place`] lists
//! them). A question's path alone says how it was reached (the flow is a tree); a result's may
//! carry the answers that led there, so the page can show them and offer to change one.
//!
//! Paths are relative to the app's base (Trunk's public URL). Decoding never panics: anything
//! that is not exactly one of these shapes is a [`LinkError`].

use super::error::LinkError;
use super::lang::Lang;
use super::model::{Answer, Guide, Outcome, Question};
use super::walk::{End, Taken, Walk};
use std::fmt;
use std::str::FromStr;

/// The most answers a link may carry; far more than the flow's depth, small enough to stay cheap.
const MAX_ANSWERS: usize = 32;

/// Whether `s` can appear in a link as an id: 1–40 of `a-z`, `0-9`, `-`, not starting or ending with `-`.
pub(crate) fn is_slug(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// The answers that led to a result, as a link carries them: `portal.not-found`.
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
    /// Reads the `a` parameter of an older link's query string (with or without its `?`). Other
    /// parameters, such as those chat apps append, are ignored; a missing `a` is `None`.
    pub fn from_query(query: &str) -> Result<Option<Answers>, LinkError> {
        query_param(query, OLDER_ANSWERS_KEY)?.map(str::parse).transpose()
    }
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

/// A screen of the app: what a link names, and what the router switches on.
///
/// Every screen has its own path, so the path is the whole state:
///
/// | screen | path |
/// |---|---|
/// | the first question | `/` |
/// | the first question, revisited with the answer given there marked | `/start/<answer>/` |
/// | a later question | `/q/<question>/` |
/// | a later question, revisited | `/q/<question>/<answer>/` |
/// | a result | `/r/<result>/` |
/// | a result at the end of a walk, with the answers that led there | `/r/<result>/via/<answer>.<answer>…/` |
/// | a result's 「受付で見せる」 view | `/r/<result>/desk/`, or `/r/<result>/via/<answers>/desk/` |
/// | what changed after the guide's date, with the sources | `/about/` |
/// | who to contact, by type of insurance, and what to note first | `/contacts/` |
///
/// Links published before the answers moved into the path carried them in the query
/// (`/r/<result>/?a=<answers>`, `/q/<question>/?chosen=<answer>`); they still parse, to the same
/// place, and print in the path form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The first question (the start screen).
    Start {
        /// The answer given before, marked when the person comes back.
        chosen: Option<String>,
    },
    /// A later question.
    Question {
        /// The question's id.
        id: String,
        /// The answer given before, marked when the person comes back.
        chosen: Option<String>,
    },
    /// A result.
    Result {
        /// The result's id.
        id: String,
        /// The answers that led there, when the link carries them.
        answers: Option<Answers>,
    },
    /// The 「受付で見せる」 view of a result, for the reception desk; it keeps the answers so that
    /// its way back shows them again.
    Desk {
        /// The result's id.
        id: String,
        /// The answers that led to the result, when the link carries them.
        answers: Option<Answers>,
    },
    /// A page that reads the same for everyone and is not a step of the questions.
    Page(Page),
}

/// The query key of an older link's answers (`/r/<id>/?a=…`), from before they moved into the path.
pub const OLDER_ANSWERS_KEY: &str = "a";

/// The query key of an older link's marked answer (`/?chosen=…`).
pub const OLDER_CHOSEN_KEY: &str = "chosen";

/// Declares [`Page`], its slugs and [`Page::ALL`] from one list, so that a page cannot be declared
/// and left out of the list the static site, the sitemap and the offline copy are made from.
macro_rules! pages {
    ($($(#[doc = $doc:expr])* $page:ident => $slug:literal,)*) => {
        /// The pages outside the questions, each at `/<slug>/`. Adding one is an entry here, its
        /// title and description (`Screen::title`, `Screen::description`) and its component (the
        /// app's switch): the compiler names each place that must say something about it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Page {
            $($(#[doc = $doc])* $page,)*
        }

        impl Page {
            /// Every page, in the order the static site lists them.
            pub const ALL: &'static [Page] = &[$(Page::$page),*];

            /// Its path segment.
            pub fn slug(self) -> &'static str {
                match self {
                    $(Page::$page => $slug,)*
                }
            }
        }
    };
}

pages! {
    /// Every result, grouped by where the person is, each with what people hear in it: for
    /// whoever knows their case, or arrives from a search box.
    All => "all",
    /// Who to contact, by type of insurance, with the national numbers and what to note before
    /// calling: the same for every result, so one page that each links to.
    Contacts => "contacts",
    /// What changed after the guide's date and where each fact is from: one page that every
    /// result links to, rather than the same list on each.
    About => "about",
}

/// The answer given before, as a path segment.
fn chosen_segment(chosen: &Option<String>) -> String {
    chosen.as_ref().map(|a| format!("{a}/")).unwrap_or_default()
}

/// The answers that led to a result, as a path segment.
fn via_segment(answers: &Option<Answers>) -> String {
    match answers {
        Some(a) if !a.0.is_empty() => format!("via/{a}/"),
        _ => String::new(),
    }
}

impl Place {
    /// The start screen, nothing marked.
    pub fn start() -> Place {
        Place::Start { chosen: None }
    }

    /// A bare result: what its stable link, shared or bookmarked, names.
    pub fn result(id: &str) -> Place {
        Place::Result { id: id.to_string(), answers: None }
    }

    /// The result id a path relative to the base still names where the rest of it is garbled
    /// (`/r/pin-locked/via/clinic..x/`, answers cut off by the app that carried the link), so
    /// that the page for a broken link can offer that result. Whether it exists is the guide's
    /// to say.
    pub fn result_id_in(path: &str) -> Option<&str> {
        let mut segments = path.strip_prefix('/')?.split('/');
        match (segments.next(), segments.next()) {
            (Some("r"), Some(id)) if is_slug(id) => Some(id),
            _ => None,
        }
    }

    /// The same screen as everyone gets it: without answers or a marked one.
    pub fn everyones(&self) -> Place {
        match self {
            Place::Start { .. } => Place::start(),
            Place::Question { id, .. } => Place::Question { id: id.clone(), chosen: None },
            Place::Result { id, .. } => Place::result(id),
            Place::Desk { id, .. } => Place::Desk { id: id.clone(), answers: None },
            Place::Page(page) => Place::Page(*page),
        }
    }

    /// Whether this place is one person's walk (answers given, or one marked) rather than a
    /// page that reads the same for everyone.
    pub fn is_walk(&self) -> bool {
        *self != self.everyones()
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Start { chosen: None } => f.write_str("/"),
            Place::Start { chosen: Some(a) } => write!(f, "/start/{a}/"),
            Place::Question { id, chosen } => write!(f, "/q/{id}/{}", chosen_segment(chosen)),
            Place::Result { id, answers } => write!(f, "/r/{id}/{}", via_segment(answers)),
            Place::Desk { id, answers } => write!(f, "/r/{id}/{}desk/", via_segment(answers)),
            Place::Page(page) => write!(f, "/{}/", page.slug()),
        }
    }
}

impl FromStr for Place {
    type Err = LinkError;

    /// Parses a path relative to the app's base, with or without a query (of which only the
    /// older links' `a` and `chosen` are read, where the path does not say them itself).
    fn from_str(link: &str) -> Result<Self, LinkError> {
        let (path, query) = link.split_once('?').unwrap_or((link, ""));
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let segments: Vec<&str> = if path.is_empty() { Vec::new() } else { path.split('/').collect() };
        // An older link's marked answer only highlights a button: anything odd is ignored.
        let chosen_in_query =
            || query_param(query, OLDER_CHOSEN_KEY).ok().flatten().filter(|a| is_slug(a)).map(str::to_string);
        let slug = |s: &str| is_slug(s).then(|| s.to_string()).ok_or(LinkError::Malformed);
        Ok(match segments.as_slice() {
            [] => Place::Start { chosen: chosen_in_query() },
            ["start", a] => Place::Start { chosen: Some(slug(a)?) },
            ["q", id] => Place::Question { id: slug(id)?, chosen: chosen_in_query() },
            ["q", id, a] => Place::Question { id: slug(id)?, chosen: Some(slug(a)?) },
            ["r", id] => Place::Result { id: slug(id)?, answers: Answers::from_query(query)? },
            ["r", id, "desk"] => Place::Desk { id: slug(id)?, answers: Answers::from_query(query)? },
            ["r", id, "via", a] => Place::Result { id: slug(id)?, answers: Some(a.parse()?) },
            ["r", id, "via", a, "desk"] => Place::Desk { id: slug(id)?, answers: Some(a.parse()?) },
            [slug] => Place::Page(*Page::ALL.iter().find(|p| p.slug() == *slug).ok_or(LinkError::Malformed)?),
            _ => return Err(LinkError::Malformed),
        })
    }
}

/// A whole link from the app's base: a [`Place`] in a language, `/en/r/card-lost/`. The router
/// switches on it and every page's file is named by it; a [`Place`] alone is the same screen in
/// whichever language the page is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The language of the page.
    pub lang: Lang,
    /// The screen.
    pub place: Place,
}

impl Address {
    /// A place in a language.
    pub fn new(lang: Lang, place: Place) -> Address {
        Address { lang, place }
    }

    /// The file a static host serves for this address, inside the built site:
    /// `en/r/pin-locked/index.html`.
    pub fn file(&self) -> String {
        format!("{}index.html", self.to_string().trim_start_matches('/'))
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.lang.prefix(), self.place)
    }
}

impl FromStr for Address {
    type Err = LinkError;

    /// Parses a path from the app's base: its language prefix, if any, then the place.
    fn from_str(link: &str) -> Result<Self, LinkError> {
        let (lang, rest) = Lang::of_path(link);
        Ok(Address { lang, place: rest.parse()? })
    }
}

impl Guide {
    /// Where a walk stands, as a link.
    pub fn place_of(&self, walk: &Walk<'_>) -> Place {
        match walk.end {
            End::Ask(q) if self.meta.start.is(q) => Place::start(),
            End::Ask(q) => Place::Question { id: q.id.clone(), chosen: None },
            End::Show(r) => Place::Result {
                id: r.id.clone(),
                answers: (!walk.taken.is_empty())
                    .then(|| Answers(walk.answer_ids().into_iter().map(str::to_string).collect())),
            },
        }
    }

    /// The 「受付で見せる」 view of where a walk ends, keeping its answers so that its way back
    /// shows them again; a walk still asking stays where it is.
    pub fn desk_of(&self, walk: &Walk<'_>) -> Place {
        match self.place_of(walk) {
            Place::Result { id, answers } => Place::Desk { id, answers },
            other => other,
        }
    }

    /// The `i`-th question of a walk, with the answer given there marked as chosen: what "back"
    /// and "change" lead to. `None` past the last answer.
    pub fn revisit(&self, walk: &Walk<'_>, i: usize) -> Option<Place> {
        let Taken { question, answer } = walk.taken.get(i)?;
        Some(self.marked(question, answer))
    }

    /// A question's page with one of its answers marked.
    pub fn marked(&self, question: &Question, answer: &Answer) -> Place {
        let chosen = Some(answer.id.clone());
        if self.meta.start.is(question) {
            Place::Start { chosen }
        } else {
            Place::Question { id: question.id.clone(), chosen }
        }
    }

    /// The last question answered, its answer marked (see [`Guide::revisit`]).
    pub fn back_link(&self, walk: &Walk<'_>) -> Option<Place> {
        self.revisit(walk, walk.taken.len().checked_sub(1)?)
    }

    /// Follows a link to the walk it stands for.
    ///
    /// A result id that was renamed resolves through the data's aliases, and answers that once
    /// led to a result through `moved_answers`. A result link whose answers lead elsewhere is an
    /// error, so the page can say the link is out of date.
    /// A marked answer only highlights a button, so one the question does not have is ignored.
    pub fn resolve(&self, place: &Place) -> Result<Walk<'_>, LinkError> {
        match place {
            Place::Page(_) => Err(LinkError::NotAWalk),
            Place::Start { .. } => self.walk::<&str>(&[]),
            Place::Question { id, .. } => self.walk_to_question(id).map(|(walk, _)| walk),
            Place::Result { id, answers } | Place::Desk { id, answers } => {
                self.walk_to_result(id, answers.as_ref()).map(|(walk, _)| walk)
            }
        }
    }

    /// The walk to the question with this id, and the question: the one list of answers that
    /// leads to it (the flow is a tree).
    pub(crate) fn walk_to_question(&self, id: &str) -> Result<(Walk<'_>, &Question), LinkError> {
        let unknown = || LinkError::UnknownQuestion(id.to_string());
        let question = self.question(id).ok_or_else(unknown)?;
        let trail = self.trail_to(question).ok_or_else(unknown)?;
        Ok((self.walk(&trail)?, question))
    }

    /// The walk to the result a link names (or the one it was renamed to), through the answers
    /// it carries (moved on where they moved), and the result.
    pub(crate) fn walk_to_result(
        &self,
        id: &str,
        answers: Option<&Answers>,
    ) -> Result<(Walk<'_>, &Outcome), LinkError> {
        let result = self.result_or_alias(id).ok_or_else(|| LinkError::UnknownResult(id.to_string()))?;
        let Some(answers) = answers else {
            return Ok((Walk { taken: Vec::new(), end: End::Show(result) }, result));
        };
        let reaches = |a: &Answers| matches!(self.walk(&a.0), Ok(Walk { end: End::Show(r), .. }) if r.id == result.id);
        let now = if reaches(answers) { None } else { self.moved(answers)? };
        let walk = self.walk(&now.as_ref().unwrap_or(answers).0)?;
        match walk.end {
            End::Show(reached) if reached.id == result.id => Ok((walk, result)),
            End::Show(reached) => {
                Err(LinkError::AnswersLeadElsewhere { named: result.id.clone(), reached: reached.id.clone() })
            }
            End::Ask(_) => Err(LinkError::AnswersDoNotFit),
        }
    }

    /// The answers with their longest moved start (see `moved_answers`) replaced by where it
    /// starts now; `None` when no move applies.
    pub(crate) fn moved(&self, answers: &Answers) -> Result<Option<Answers>, LinkError> {
        let path = answers.to_string();
        let starts = |old: &str| path == old || path.strip_prefix(old).is_some_and(|rest| rest.starts_with('.'));
        let Some((old, new)) =
            self.moved_answers.iter().filter(|(old, _)| starts(old)).max_by_key(|(old, _)| old.len())
        else {
            return Ok(None);
        };
        format!("{new}{}", &path[old.len()..]).parse().map(Some)
    }

    /// Every screen a person can reach, each a file of the static site: the start, the pages
    /// of contacts and about the information, each later question, each result (and each old
    /// name of one, see `aliases`) and its desk view; then every walk: each question revisited with
    /// each of its answers marked, each result at the end of each walk, and its desk view.
    pub fn pages(&self) -> Vec<Place> {
        let questions = self
            .questions
            .iter()
            .filter(|q| !self.meta.start.is(q))
            .map(|q| Place::Question { id: q.id.clone(), chosen: None });
        // A renamed result's old id gets its pages too, showing the result under its new name
        // (canonical to it): a static host has no redirects, and an old link must open with its
        // content without scripts, and preview with its title in a chat app.
        let ids = self.results.iter().map(|r| &r.id).chain(self.aliases.keys());
        let results = ids.flat_map(|id| [Place::result(id), Place::Desk { id: id.clone(), answers: None }]);
        let mut pages: Vec<Place> = [Place::start()]
            .into_iter()
            .chain(Page::ALL.iter().copied().map(Place::Page))
            .chain(questions)
            .chain(results)
            .collect();
        let mut asked: Vec<Vec<&str>> = vec![Vec::new()];
        while let Some(ids) = asked.pop() {
            let Ok(End::Ask(question)) = self.walk(&ids).map(|w| w.end) else { continue };
            for answer in &question.answers {
                let next_ids = [ids.as_slice(), &[answer.id.as_str()]].concat();
                let Ok(next) = self.walk(&next_ids) else { continue };
                pages.extend(self.revisit(&next, ids.len()));
                match (self.place_of(&next), next.end) {
                    (Place::Result { id, answers }, End::Show(result)) => {
                        if result.desk {
                            pages.push(Place::Desk { id: id.clone(), answers: answers.clone() });
                        }
                        pages.push(Place::Result { id, answers });
                    }
                    _ => asked.push(next_ids),
                }
            }
        }
        pages
    }
}
