//! The shape of `assets/diagnosis.json`: what a person is asked, and what they are shown.
//!
//! Every id is an English slug (`[a-z0-9-]`), because result and question ids appear in links.
//! Unknown fields are refused so that a typo in the data fails the build's tests instead of
//! silently dropping text.

pub use super::id::{Item, Ref};
pub use super::lang::Lang;
pub use super::ui::Ui;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole guide: the flow of questions, the causes, the step cards and the contacts.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The language of its texts: set when it is loaded, not written in the data.
    #[serde(skip)]
    pub lang: Lang,
    /// Dates, titles and the "rules may change" notice.
    pub meta: Meta,
    /// Where linking fails (the seed's table, row by row).
    pub scenes: Vec<Scene>,
    /// The questions, one per screen; `meta.start` is asked first.
    pub questions: Vec<Question>,
    /// Why it may fail.
    pub causes: Vec<Cause>,
    /// Ordered procedures whose steps become the numbered cards.
    pub checks: Vec<Check>,
    /// Dated facts that changed after the seed's as-of date, shown on every result.
    pub facts: Vec<Fact>,
    /// Telephone lines that steps and contacts refer to by id.
    pub phones: Vec<Phone>,
    /// Words people stumble on, each explained once in plain words; a result page offers the
    /// explanation of every term it uses.
    pub glossary: Vec<Term>,
    /// What a patient can present at the reception desk when the reader fails.
    pub desk: Desk,
    /// Who to contact, and the memo of what to have ready.
    pub contacts: Contacts,
    /// Words for how a result is read: where it came from, and whom the words to send speak for.
    pub reading: Reading,
    /// The words of the app's own frame: buttons, headings, notes.
    pub ui: Ui,
    /// Every result grouped by where the person is, for the page that lists them all.
    pub index: Index,
    /// The diagnoses; their ids are the stable part of every shared link.
    pub results: Vec<Outcome>,
    /// Old result id → current result id, so that renamed results keep old links working.
    #[serde(default)]
    pub aliases: BTreeMap<String, Ref<Outcome>>,
    /// The start of an answer path that moved → where it starts now (answer ids joined by `.`,
    /// as in a link), so that links published before a question was inserted in front of a
    /// result (`urgent` → `urgent.has`), or before an answer moved under another question
    /// (`app` → `portal.app`, which also moves `app.supported.read-error`), still open.
    #[serde(default)]
    pub moved_answers: BTreeMap<String, String>,
}

/// Dates and wording that frame the whole guide.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Bumped when step ids change meaning, so that stored check marks from an older version are dropped.
    pub version: u32,
    /// The date the seed guide's information is from (YYYY-MM-DD).
    pub as_of: String,
    /// The date every sourced claim in the data was last read against its source (YYYY-MM-DD);
    /// a rule whose `until` is before it has ended and must be worded so.
    pub checked: String,
    /// The app's name.
    pub title: String,
    /// One line that says what the app does.
    pub promise: String,
    /// The as-of date and "the rules may change" notice.
    pub notice: String,
    /// The first question.
    pub start: Ref<Question>,
    /// The check shown on every result under "if it still fails" (the fallback before a visit).
    pub fallback: Ref<Check>,
    /// The check that opens every result offering the desk view: what to do at this visit.
    pub counter: Ref<Check>,
    /// What every page says once the data is older than [`STALE_AFTER_MONTHS`](crate::diagnosis::STALE_AFTER_MONTHS),
    /// and where to check.
    pub stale: Stale,
    /// The page about the information: what changed after the guide's date, with the sources.
    pub about: About,
}

/// The words of the page about the information, and of the line each result links to it by.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    /// The page's heading.
    pub title: String,
    /// The link to the page, under each result's steps; `{date}` is the guide's date and
    /// `{count}` the number of dated facts.
    pub link: String,
}

/// The note shown when the device's date is long past the data's check date: the rules change,
/// and the person is sent to the official page that says what holds now.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stale {
    /// What to do about it, after the sentence that names the check month.
    pub text: String,
    /// The words of the link to the official page.
    pub link: String,
    /// The official page with today's rules.
    pub source: String,
    /// The day `source` was read (YYYY-MM-DD).
    pub checked: String,
}

/// A place where linking fails, with the seed's symptom, causes and first check.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    /// Slug, referenced by answers of the first question.
    pub id: String,
    /// Where it happens.
    pub label: String,
    /// What the person typically sees.
    pub symptom: String,
    /// Causes, most likely first.
    #[serde(deserialize_with = "Ref::list")]
    pub causes: Vec<Ref<Cause>>,
    /// The check to do first.
    pub first_check: Ref<Check>,
    /// Whether the person is standing at a reception desk in this scene; validation requires
    /// every result reached through it to offer the 「受付で見せる」 view.
    #[serde(default)]
    pub desk: bool,
}

/// One screen of the wizard.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Slug, used in the question's link.
    pub id: String,
    /// The question itself.
    pub text: String,
    /// An optional sentence that helps to answer.
    #[serde(default)]
    pub hint: Option<String>,
    /// The choices, each a large button.
    pub answers: Vec<Answer>,
}

/// One choice of a question.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Slug, unique within its question; answers in a link are these ids.
    pub id: String,
    /// What the button says.
    pub label: String,
    /// The answer as a sentence in the person's words, for the message they send
    /// (「マイナポータルで…と表示されました。」).
    pub says: String,
    /// The scene this answer stands for (answers of the first question only).
    #[serde(default)]
    pub scene: Option<Ref<Scene>>,
    /// Whether whoever chooses it is away from a reception desk (at home, on Mynaportal, on the
    /// phone app): a result reached through it puts the person's own first step first and folds
    /// what to do at the counter (answers of the first question only).
    #[serde(default)]
    pub at_home: bool,
    /// Whether whoever chooses it is looking things up for someone who writes for themself
    /// otherwise (a parent, not one's own dependant): the words to send then speak on the
    /// person's behalf (see `Voice`).
    #[serde(default)]
    pub on_behalf: bool,
    /// Where the answer leads.
    pub next: Next,
}

/// Where an answer leads: another question or a result.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "lowercase")]
pub enum Next {
    /// Ask this question next.
    Question(Ref<Question>),
    /// Show this result.
    Result(Ref<Outcome>),
}

/// A reason why linking fails.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    /// Slug.
    pub id: String,
    /// The cause in one line.
    pub title: String,
    /// A short explanation.
    pub detail: String,
    /// The official page this comes from, when it is not the seed guide.
    #[serde(default)]
    pub source: Option<String>,
    /// The day `source` was read (YYYY-MM-DD); required with a source.
    #[serde(default)]
    pub checked: Option<String>,
}

/// When a check is to be done, so that a result's steps read in the order of a person's days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum When {
    /// Today, or as soon as possible.
    Now,
    /// Within the next few days.
    Soon,
    /// Only if it still fails after waiting.
    Later,
}

impl When {
    /// The name the data uses.
    pub fn as_str(self) -> &'static str {
        match self {
            When::Now => "now",
            When::Soon => "soon",
            When::Later => "later",
        }
    }
}

/// An ordered procedure; each step is one card with one action.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Slug.
    pub id: String,
    /// The procedure's heading.
    pub title: String,
    /// When to do it; a result's numbered checks are ordered by it.
    pub when: When,
    /// The actions, in order.
    pub steps: Vec<Step>,
}

/// One action on one card.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Slug, unique within its check; the device remembers ticked steps by it.
    pub id: String,
    /// The action.
    pub text: String,
    /// Whether this is something to know rather than to do: it gets no check box.
    #[serde(default)]
    pub info: bool,
    /// What changed since the seed guide, said plainly.
    #[serde(default)]
    pub note: Option<String>,
    /// The date a date-dependent fact took effect (YYYY-MM-DD).
    #[serde(default)]
    pub date: Option<String>,
    /// The last day a time-limited rule applied (YYYY-MM-DD).
    #[serde(default)]
    pub until: Option<String>,
    /// The official page this comes from, when it is not the seed guide.
    #[serde(default)]
    pub source: Option<String>,
    /// The day `source` was read (YYYY-MM-DD); required with a source.
    #[serde(default)]
    pub checked: Option<String>,
    /// A telephone line to call for this step (an id in `phones`), shown as a `tel:` link
    /// with its hours.
    #[serde(default)]
    pub call: Option<Ref<Phone>>,
}

/// A dated fact from after the seed's as-of date.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Slug.
    pub id: String,
    /// The fact.
    pub text: String,
    /// When it took effect (YYYY-MM-DD).
    pub date: String,
    /// The last day a time-limited rule applied (YYYY-MM-DD).
    #[serde(default)]
    pub until: Option<String>,
    /// Where it is stated.
    pub source: String,
    /// The day `source` was read (YYYY-MM-DD).
    pub checked: String,
}

/// A telephone line.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// Slug, referenced by steps (`call`) and contacts (`phones`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// The number as dialled, digits and hyphens (`0120-95-0178`).
    pub number: String,
    /// When it answers, including the days it is closed.
    pub hours: String,
    /// Where the number and hours are stated.
    pub source: String,
    /// The day `source` was read (YYYY-MM-DD).
    pub checked: String,
}

impl Phone {
    /// The `tel:` address of the number.
    pub fn tel(&self) -> String {
        format!("tel:{}", self.number.replace('-', ""))
    }
}

/// The 「受付で見せる」 view.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    /// What the desk staff read first.
    pub title: String,
    /// The request to the staff.
    pub lead: String,
    /// What the patient can present instead.
    pub items: Vec<String>,
    /// A last remark (how the person proves who they are).
    pub note: String,
    /// Where it is stated, most authoritative first: staff may want to see it.
    pub sources: Vec<String>,
    /// The day the sources were read (YYYY-MM-DD).
    pub checked: String,
}

/// Who to contact by insurer type, the national free dial, and the memo.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Section heading.
    pub title: String,
    /// How to tell which insurer one has.
    pub lead: String,
    /// One row per insurer type.
    pub insurers: Vec<InsurerContact>,
    /// The national lines, most useful first.
    #[serde(deserialize_with = "Ref::list")]
    pub phones: Vec<Ref<Phone>>,
    /// Heading of the memo.
    pub memo_title: String,
    /// What to write down before calling; each is a blank to fill in.
    pub memo: Vec<String>,
    /// What to have at hand while calling (one sentence, not a blank).
    pub memo_ready: String,
    /// Where it is stated.
    pub source: String,
    /// The day `source` was read (YYYY-MM-DD).
    pub checked: String,
    /// The link on each result to the page of contacts.
    pub link: String,
}

/// Words for how a result is read and passed on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// The link near the top of a result to the words to send.
    pub jump: String,
    /// The note on a result opened from a link someone shared.
    pub sent: String,
    /// The line near the top once the page is kept for use without signal.
    pub offline: String,
    /// Speaking for oneself or on someone's behalf.
    pub voice: VoiceWords,
}

/// The words that change when a family member speaks for the person (see `Voice`); `{who}` is
/// the relation chosen, `{item}` a memo item.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceWords {
    /// The switch's label.
    pub question: String,
    /// The choice for speaking for oneself.
    pub own: String,
    /// The relations one may speak for: 父, 母 ….
    pub relations: Vec<String>,
    /// A relation's choice: 「{who}のこと(代理)」.
    pub relation_label: String,
    /// The message's first sentence.
    pub message_opening: Voiced,
    /// The heading over the memo's blanks in the message.
    pub info_heading: Voiced,
    /// The phone script's first line.
    pub phone_opening: Voiced,
    /// A memo item as a line of the phone script.
    pub phone_memo: Voiced,
    /// On someone's behalf, the phone script's line saying who is calling.
    pub caller_line: String,
    /// On someone's behalf, the message's blank for who is writing.
    pub caller_blank: String,
    /// First-person words and what they become on someone's behalf, in order.
    pub for_words: Vec<(String, String)>,
}

/// One wording for speaking for oneself, one for speaking on someone's behalf.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voiced {
    /// For oneself.
    pub own: String,
    /// On behalf of `{who}`.
    #[serde(rename = "for")]
    pub on_behalf: String,
}

/// Where a type of insurer is reached.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsurerContact {
    /// The type of insurer.
    pub kind: String,
    /// Its counter.
    #[serde(rename = "where")]
    pub counter: String,
}

/// A diagnosis: what is probably wrong and what to do, in order.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable slug used in `/r/<id>/` links.
    pub id: String,
    /// Names the diagnosis.
    pub title: String,
    /// One sentence under the title.
    pub summary: String,
    /// What a person in this situation has likely seen or been told, in those words (the
    /// reader's message, the reception's sentence, a letter's title): shown on the result and in
    /// the index, where the browser's find and a search engine meet them.
    pub heard: Vec<String>,
    /// Causes, most likely first.
    #[serde(deserialize_with = "Ref::list")]
    pub causes: Vec<Ref<Cause>>,
    /// Checks whose steps become the numbered cards, in order (at most
    /// [`MAX_NUMBERED_STEPS`](crate::diagnosis::MAX_NUMBERED_STEPS) steps in all).
    #[serde(deserialize_with = "Ref::list")]
    pub checks: Vec<Ref<Check>>,
    /// Rarer checks, folded away under the numbered cards until the person opens them.
    #[serde(default, deserialize_with = "Ref::list")]
    pub more: Vec<Ref<Check>>,
    /// Whether to offer the 「受付で見せる」 view (the clinic situations).
    #[serde(default)]
    pub desk: bool,
    /// One line for the reception staff about this person's situation (required with `desk`).
    #[serde(default)]
    pub desk_note: Option<String>,
    /// Whom to ask and what: the message and phone script a person can send or read out.
    pub ask: Ask,
    /// Where waiting is the answer: after how many days to check again (offered as a
    /// calendar reminder made on the device).
    #[serde(default)]
    pub recheck_days: Option<u32>,
    /// Whether the result is for a person with no card at hand: the guide's fallback, which
    /// starts with bringing the card, is not offered.
    #[serde(default)]
    pub without_card: bool,
    /// The note on this result opened from a shared link, where the steps are not done by the
    /// person the result is about (a dependent, a newborn); `reading.sent` otherwise.
    #[serde(default)]
    pub sent: Option<String>,
}

/// Whom a person should ask about a result, and the one question to ask.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    /// Who to send the message to or call (e.g. 勤務先の人事・総務).
    pub to: String,
    /// The first line of a written message (e.g. 「人事・総務ご担当者様」); absent where the
    /// contact is by telephone only, and then no message is offered.
    #[serde(default)]
    pub dear: Option<String>,
    /// The one question, as the person would say it.
    pub question: String,
    /// The blanks this recipient needs in the message (入社日 for HR); absent: the memo's.
    #[serde(default)]
    pub blanks: Vec<String>,
}

/// The page that lists every result, grouped by where the person is, for those who know their
/// case and would rather not answer the questions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    /// The page's heading.
    pub title: String,
    /// What the page offers.
    pub lead: String,
    /// The label before a result's `heard` phrases: 「こんなとき」.
    pub heard: String,
    /// The start page's link to it.
    pub from_start: String,
    /// Each result's link to it.
    pub from_result: String,
    /// The groups, in the order the page lists them; every result is in exactly one.
    pub groups: Vec<IndexGroup>,
}

/// Results that happen in one place or time: at the clinic, on Mynaportal, after a life change….
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexGroup {
    /// Slug, the group's fragment on the page.
    pub id: String,
    /// Its heading.
    pub title: String,
    /// Its results, most common first.
    #[serde(deserialize_with = "Ref::list")]
    pub results: Vec<Ref<Outcome>>,
}

/// A word explained in plain words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The word as it appears in the text.
    pub term: String,
    /// Whether the person will meet the word on paper or on a screen (a letter's title, the
    /// reader's message, a form): every translation of a text that has it shows it beside, in
    /// Japanese, so that it can be matched (see `texts`).
    #[serde(default)]
    pub paper: bool,
    /// What it means, in one or two short sentences.
    pub plain: String,
}
