//! The words of the app's own frame (buttons, headings, notes), as data: every string a person
//! sees comes from `assets/diagnosis.json`, so that a language is a change of data, not of code.
//! The two exceptions are the pages shown when the data itself cannot be read (`BrokenData`,
//! `crate::crash`), which cannot depend on it.
//!
//! A text may hold `{name}` placeholders, filled with [`fill`]; validation checks that each text
//! has the ones its place fills in ([`Ui::templates`]).

use serde::Deserialize;

/// The app's own words. Each field's doc says where it is shown.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    /// The header's link back to the first question, on every screen.
    pub restart: String,
    /// Shown when a button needed the app and it could not be loaded.
    pub load_error: String,
    /// Shown when a newer version of the site has replaced this page's.
    pub update_note: String,
    /// The link that opens the page again in its newer version.
    pub update_link: String,
    /// The first sentence of the note on an old copy; `{month}` is the check month.
    pub stale_heading: String,
    /// The footer of every screen: what the app does not do with the person's data.
    pub footer: String,
    /// Before a source link: 「出典: 」.
    pub source: String,
    /// Between source links.
    pub source_separator: String,
    /// A rule that applies from a day, before its source: `{date}`.
    pub from_date: String,
    /// A rule that applied until a day: `{date}`.
    pub until_date: String,
    /// The line under a result's steps (and on the page about the information): `{date}`.
    pub checked: String,
    /// A copy button whose copy the browser refused.
    pub copy_failed: String,
    /// The memo's copy button.
    pub memo_copy: String,
    /// Said once the memo is copied.
    pub memo_copied: String,
    /// The fold of a result's likely causes: `{count}`.
    pub causes: String,
    /// The causes list's name for a screen reader.
    pub causes_label: String,
    /// The button that opens the view for the reception desk.
    pub desk_button: String,
    /// The heading over the answers that led to a result.
    pub answers_heading: String,
    /// The fold of those answers: `{count}`.
    pub answers_fold: String,
    /// The link to change an answer.
    pub change: String,
    /// When a check is done: now.
    pub when_now: String,
    /// When a check is done: within days.
    pub when_soon: String,
    /// When a check is done: if it still fails after a while.
    pub when_later: String,
    /// Before the title of the check done when nothing else worked.
    pub fallback: String,
    /// The heading of a result's steps.
    pub steps_heading: String,
    /// Under it: how the boxes work.
    pub steps_hint: String,
    /// The fold of the rarer checks: `{first}` (the first one's title) and `{count}` (its steps).
    pub more_checks: String,
    /// The share button.
    pub share: String,
    /// Said once the share sheet has shared the link.
    pub shared: String,
    /// Said once the link is copied, where there is no share sheet.
    pub link_copied: String,
    /// Said when neither works: `{url}`, the link to send by hand.
    pub link_copy_failed: String,
    /// After the label of a tapped button waiting for the app.
    pub busy: String,
    /// The heading of the words to send.
    pub words_heading: String,
    /// Over the message: `{to}`, its recipient.
    pub message_intro: String,
    /// The message's copy button.
    pub message_copy: String,
    /// Said once the message is copied.
    pub message_copied: String,
    /// The fold of the message's text.
    pub message_show: String,
    /// Where the recipient is asked by phone only: `{to}`.
    pub phone_only: String,
    /// The fold of the phone script.
    pub phone_script: String,
    /// The calendar reminder's button: `{days}`.
    pub reminder: String,
    /// Said once the reminder file is made.
    pub reminder_made: String,
    /// Said when it could not be made.
    pub reminder_failed: String,
    /// The fold of a result's glossary: `{names}` (the first two terms) and `{count}`.
    pub terms: String,
    /// On the answer given before, when a question is revisited.
    pub previous_answer: String,
    /// The way back to the previous question.
    pub back: String,
    /// Before the person's situation on the desk view.
    pub desk_situation: String,
    /// The desk view's way back to its result.
    pub back_to_result: String,
    /// The way back of the contacts and of the page about the information.
    pub back_to_page: String,
    /// The heading, and title, of a link that cannot be followed.
    pub broken_heading: String,
    /// What probably happened to it.
    pub broken_lead: String,
    /// What to do when it was sent by someone.
    pub broken_sent: String,
    /// The way to the result a broken link still names.
    pub broken_result: String,
    /// The way to the first question.
    pub broken_start: String,
    /// Over a result's title.
    pub eyebrow: String,
    /// Before a result's first step, away from the counter.
    pub first_step: String,
    /// The name of a result's navigation, for a screen reader.
    pub result_nav: String,
    /// A question's progress when it is the last: `{step}`.
    pub progress_last: String,
    /// A question's progress: `{step}` and `{left}`, the most questions that may follow.
    pub progress_left: String,
    /// The start page's title after the app's name: what the app is for.
    pub start_title: String,
    /// The situation, in a message or a phone script, where no answers say it: `{title}`.
    pub situation: String,
    /// A message's heading over the situation.
    pub situation_heading: String,
    /// A message's heading over the question.
    pub question_heading: String,
    /// A message's last line.
    pub closing: String,
    /// The calendar reminder's title.
    pub reminder_title: String,
}

impl Ui {
    /// Every text with placeholders, with the placeholders its place fills in.
    pub fn templates(&self) -> [(&'static str, &str, &'static [&'static str]); 15] {
        [
            ("stale_heading", &self.stale_heading, &["month"]),
            ("from_date", &self.from_date, &["date"]),
            ("until_date", &self.until_date, &["date"]),
            ("checked", &self.checked, &["date"]),
            ("causes", &self.causes, &["count"]),
            ("answers_fold", &self.answers_fold, &["count"]),
            ("more_checks", &self.more_checks, &["first", "count"]),
            ("message_intro", &self.message_intro, &["to"]),
            ("phone_only", &self.phone_only, &["to"]),
            ("reminder", &self.reminder, &["days"]),
            ("terms", &self.terms, &["names", "count"]),
            ("progress_last", &self.progress_last, &["step"]),
            ("progress_left", &self.progress_left, &["step", "left"]),
            ("situation", &self.situation, &["title"]),
            ("link_copy_failed", &self.link_copy_failed, &["url"]),
        ]
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}
