//! Small widgets, one per file, shared by the pages.

mod app_link;
mod browser;
mod causes;
mod contacts;
mod copy;
mod counter;
mod facts;
mod phone;
mod send_words;
mod share;
mod shell;
mod source;
mod steps;
pub mod summary;
mod terms;

pub use app_link::{split_link, use_href, AppLink};
pub use browser::{copy_text, in_next_task, use_page_heading, use_query};
pub use causes::CauseList;
pub use contacts::ContactPanel;
pub use copy::CopyButton;
pub use counter::CounterBox;
pub use facts::{CheckedLine, DatedFacts};
pub use phone::PhoneLine;
pub use send_words::SendWords;
pub use share::ShareButton;
pub use shell::Shell;
pub use source::{japanese_date, SourceLink, SourceLinks};
pub use steps::StepCards;
pub use summary::AnswerSummary;
pub use terms::TermList;
