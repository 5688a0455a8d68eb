//! Small widgets, one per file, shared by the pages.

mod app_link;
mod back;
mod browser;
mod causes;
mod contacts;
mod copy;
mod counter;
mod facts;
mod lang_switch;
mod own_words;
mod phone;
mod send_words;
mod share;
mod shell;
mod source;
mod steps;
pub mod summary;
mod terms;
mod ticks;

pub use app_link::{use_base, use_href, use_lang, AppLink};
pub use back::BackToPage;
pub use browser::{copy_text, in_next_task, use_page_heading};
pub use causes::CauseList;
pub use contacts::{ContactList, ContactPanel};
pub use copy::CopyButton;
pub use counter::CounterBox;
pub use facts::{checked_sentence, CheckedLine, DatedFacts};
pub use lang_switch::{LangHint, LangSwitch};
pub use own_words::{in_own_words, japanese};
pub use phone::PhoneLine;
pub use send_words::SendWords;
pub use share::ShareButton;
pub use shell::Shell;
pub use source::{SourceLink, SourceLinks};
pub use steps::StepCards;
pub use summary::AnswerSummary;
pub use terms::TermList;

use crate::diagnosis::Guide;
use yew::prelude::*;

/// The shipped guide as pages and widgets get it: checked once at the top (`crate::app`), then
/// handed down, so no widget has a broken guide to handle. Compared by address: there is one.
#[derive(Clone, Copy, Debug)]
pub struct GuideRef(pub &'static Guide);

impl PartialEq for GuideRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for GuideRef {
    type Target = Guide;

    fn deref(&self) -> &Guide {
        self.0
    }
}

/// Props of a widget that needs nothing but the guide.
#[derive(Properties, PartialEq, Clone)]
pub struct GuideProps {
    /// The shipped guide.
    pub guide: GuideRef,
}
