//! A result: the diagnosis, its likely causes, numbered step cards, the fallback, who to contact,
//! the answers given, and a way to send or keep the link.

use super::PageProps;
use crate::components::summary::AnsweredRow;
use crate::components::{
    use_href, AnswerSummary, AppLink, CauseList, CheckedLine, ContactPanel, CounterBox, PhoneLine, SendWords,
    ShareButton, Shell, StepCards, TermList,
};
use crate::contract::{SEND_WORDS, SENT_NOTE};
use crate::diagnosis::{Page, Place, Shown};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn ResultPage(props: &PageProps<Shown<'static>>) -> Html {
    let PageProps { guide, heading, shows } = props;
    let Shown { walk, result } = shows;
    let guide = *guide;
    let stable = Place::result(&result.id);
    // The desk view keeps the answers, so coming back shows them again.
    let desk = shows.desk(&guide);
    let first_step = guide.first_action(result);
    let first_call = first_step.and_then(|s| s.call.as_ref()).map(|id| guide.get(id));
    // The page's own address with the fragment: a bare `#…` would resolve against <base>.
    let here = use_href(&shows.here(&guide));
    let to_words = format!("{here}#{SEND_WORDS}");
    let reading = &guide.reading;

    html! {
        <Shell {guide}>
            // Shown (by assets/boot.js, through <html data-sent>) on a result opened from a
            // shared link: whoever reads it may not be the person it is about.
            <div class={SENT_NOTE} hidden=true>
                <p>{ result.sent.as_deref().unwrap_or(&reading.sent) }</p>
                <p class="jump no-print"><a href={to_words.clone()}>{ &reading.jump }</a></p>
            </div>
            <p class="eyebrow">{ &guide.ui.eyebrow }</p>
            <h1 ref={heading.clone()} tabindex="-1">{ &result.title }</h1>
            // What to do first, right under the title, so that it is on the first screen at any
            // text size: at the counter, what happens at this visit; elsewhere, the first step,
            // with the number to call if it is a call, and what to do at the counter folded
            // into one line under it. The summary and the dates follow.
            if result.desk && walk.at_counter() {
                <CounterBox {guide} {desk} />
            } else {
                if let Some(step) = first_step {
                    <div class="first-step">
                        <p><strong>{ &guide.ui.first_step }</strong>{ &step.text }</p>
                        if let Some(phone) = first_call {
                            <PhoneLine phone={phone.clone()} />
                        }
                        // Under the number, so the main line is the first one read (the
                        // foreign-language line of a lost card).
                        if let Some(note) = &step.note {
                            <p class="step-note">{ note }</p>
                        }
                    </div>
                }
                if result.desk {
                    <CounterBox {guide} {desk} folded=true />
                }
                // Away from the counter, the words to send are what many came for.
                <p class="jump no-print"><a href={to_words}>{ &reading.jump }</a></p>
            }
            <p class="lead">{ &result.summary }</p>
            <ShareButton {guide} title={AttrValue::from(result.title.clone())} link={stable.clone()} />
            <CauseList {guide} {result} />
            <TermList {guide} {result} />
            <StepCards {guide} {result} />
            <CheckedLine {guide} />
            <SendWords {guide} walk={walk.clone()} {result} link={stable} />
            <ContactPanel {guide} />
            <AnswerSummary {guide} rows={AnsweredRow::of(&guide, walk)} />
            // 「最初からやり直す」 is in the header of every screen; here the way back, and the index.
            <nav class="result-nav no-print" aria-label={guide.ui.result_nav.clone()}>
                if let Some(back) = shows.back(&guide) {
                    <AppLink to={back} class="button secondary">{ &guide.ui.back }</AppLink>
                }
                <p class="to-index"><AppLink to={Place::Page(Page::All)}>{ &guide.index.from_result }</AppLink></p>
            </nav>
        </Shell>
    }
}
