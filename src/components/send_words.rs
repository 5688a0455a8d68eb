//! The exact words to send or say: a message to copy into LINE or mail, a script to read out on
//! the phone, and, where waiting is the answer, a reminder for the calendar. Made on the device;
//! nothing is sent anywhere.

use super::{in_next_task, in_own_words, japanese, use_href, CopyButton, GuideRef};
use crate::contract::{NEEDS_APP, SEND_WORDS};
use crate::diagnosis::{fill, Day, Outcome, Place, Voice, Walk};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`SendWords`].
#[derive(Properties, PartialEq, Clone)]
pub struct SendWordsProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The answers that led to the result: the message says them in the person's words.
    pub walk: Walk<'static>,
    /// The result.
    pub result: &'static Outcome,
    /// The result's stable link, for the reminder.
    pub link: Place,
}

/// Today on this device.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// Offers `text` as a file to save, made here and never uploaded.
fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let document = gloo::utils::document();
    let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked in a later task: revoking in the same one can cancel the download in some browsers.
    in_next_task(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    true
}

/// See the module docs.
#[component]
pub fn SendWords(props: &SendWordsProps) -> Html {
    let guide = props.guide.0;
    let status = use_state(String::new);
    let href = use_href(&props.link);
    let result = props.result;
    let words = &guide.reading.voice;
    let ui = &guide.ui;
    // Whom the words speak for, chosen in the switch below; a family path starts on behalf.
    let voice = use_state(|| guide.voice_of(&props.walk));
    // What is sent or said is Japanese, whatever the page's language: the recipient is a
    // Japanese desk. On a page in another language, the person's words are shown beside it.
    let ja = japanese(&props.guide);
    let in_japanese = guide.same_in(ja, &props.walk, result, *voice);
    let (message, script) = match &in_japanese {
        Some((walk, result, voice)) => (ja.message(walk, result, *voice), ja.phone_script(result, *voice)),
        None => (guide.message(&props.walk, result, *voice), guide.phone_script(result, *voice)),
    };
    let message = message.map(AttrValue::from);
    let (own_message, own_script) = (guide.message(&props.walk, result, *voice), guide.phone_script(result, *voice));
    let beneath = |text: &str| in_own_words(guide, text);
    let translated = guide.lang != ja.lang;
    let on_voice = {
        let voice = voice.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let chosen = select.value();
            voice.set(
                guide.reading.voice.relations.iter().find(|r| **r == chosen).map_or(Voice::Own, |r| Voice::For(r)),
            );
        })
    };
    let chosen = |who: &str| matches!(*voice, Voice::For(w) if w == who);
    let on_remind = {
        let status = status.clone();
        // The guide is static, so the result is borrowed for good, not copied.
        Callback::from(move |_: MouseEvent| {
            let url = format!("{}{href}", gloo::utils::window().location().origin().unwrap_or_default());
            let made = result
                .reminder(today(), &url, &guide.ui.reminder_title)
                .is_some_and(|ics| download(&format!("{}.ics", result.id), "text/calendar", &ics));
            status.set(if made { guide.ui.reminder_made.clone() } else { guide.ui.reminder_failed.clone() });
        })
    };
    html! {
        <section class="send-words" id={SEND_WORDS} aria-labelledby="send-words-heading">
            <h2 id="send-words-heading">{ &ui.words_heading }</h2>
            <label class={classes!("voice", "no-print", NEEDS_APP)}>
                <span>{ &words.question }</span>
                <select onchange={on_voice}>
                    <option value="" selected={*voice == Voice::Own}>{ &words.own }</option>
                    { for words.relations.iter().map(|r| html! {
                        <option value={r.clone()} selected={chosen(r)}>{ words.relation_label.replace("{who}", r) }</option>
                    }) }
                </select>
            </label>
            if let Some(message) = &message {
                <p>{ fill(&ui.message_intro, &[("to", &result.ask.to)]) }</p>
                <CopyButton guide={props.guide} label={ui.message_copy.clone()} text={message.clone()} done={ui.message_copied.clone()} />
                // Folded: it is copied whole; reading it first is for those who want to. Opened
                // when someone chooses to speak for a relative, so the change is seen.
                <details class="fold message" open={*voice != Voice::Own}>
                    <summary>{ &ui.message_show }</summary>
                    <p class="message-text" lang="ja">{ message }</p>
                    if let (true, Some(own)) = (translated, &own_message) {
                        <p class="translation-label">{ &ui.translation }</p>
                        <p class="message-text" lang={guide.lang.tag()}>{ own }</p>
                    }
                </details>
            } else {
                <p>{ fill(&ui.phone_only, &[("to", &result.ask.to)]) }</p>
            }
            // Folded even where the phone is the only way: read out at the time of the call, and
            // a result at large text stays short.
            <details class="phone-script">
                <summary>{ &ui.phone_script }</summary>
                <ol lang="ja">{ for script.iter().zip(&own_script).map(|(line, own)| html! { <li>{ line }{ beneath(own) }</li> }) }</ol>
            </details>
            if let Some(days) = result.recheck_days {
                <div class="reminder">
                    <button type="button" class={classes!("button", "secondary", "no-print", NEEDS_APP)} data-busy={ui.busy.clone()} onclick={on_remind}>
                        { fill(&ui.reminder, &[("days", &days.to_string())]) }
                    </button>
                    <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
                </div>
            }
        </section>
    }
}
