//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`).
//!
//! Each test mounts the real screens (the guide checked once, the router on `Place`) into a fresh
//! element with an in-memory history, so tests neither touch the runner page's URL nor depend on
//! each other.
#![cfg(target_arch = "wasm32")]

use myna_diagnosis::app::Screens;
use myna_diagnosis::diagnosis::Ticks;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    history: AnyHistory,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    html! {
        <Router history={props.history.clone()}>
            <Screens />
        </Router>
    }
}

/// A mounted app at `url`; the element is removed when dropped.
struct Mounted {
    root: Element,
    history: AnyHistory,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Mounted {
    async fn at(url: &str) -> Mounted {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let memory = MemoryHistory::new();
        memory.replace(url);
        let history: AnyHistory = memory.into();
        yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { history: history.clone() }).render();
        let mounted = Mounted { root, history };
        mounted.settle().await;
        mounted
    }

    /// Yields to the browser until the pending renders have run (a few event-loop turns).
    async fn settle(&self) {
        for _ in 0..5 {
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
        }
    }

    fn text(&self, selector: &str) -> String {
        self.root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
    }

    fn hrefs(&self, selector: &str) -> Vec<String> {
        self.all(selector).iter().filter_map(|e| e.get_attribute("href")).collect()
    }
}

#[wasm_bindgen_test]
async fn start_screen_offers_the_three_scenes_and_every_other_situation() {
    let app = Mounted::at("/").await;
    assert_eq!(app.text("h1"), "どこで困っていますか?");
    assert!(app.text(".promise").contains("原因と、次にすることが分かります"));
    assert!(app.text(".notice").contains("2025年12月1日時点"));
    assert_eq!(app.text(".progress"), "質問 1・あと最大4問");
    assert_eq!(
        app.hrefs(".answers a"),
        [
            "/q/clinic-symptom/",
            "/q/visit-card/",
            "/q/portal-symptom/",
            "/q/card-trouble/",
            "/q/life-change/",
            "/q/money/",
            "/q/family-what/"
        ]
    );
    // The answers come before the as-of notice, so they are the first thing on a phone.
    let order = app.root.inner_html();
    assert!(order.find("class=\"answers\"").unwrap() < order.find("class=\"notice\"").unwrap());
    let hints = app.texts(".answer-hint");
    assert_eq!(hints.len(), 2);
    assert!(hints[1].contains("「資格情報が見つかりません」などの表示"));
    assert!(app.all(".back").is_empty(), "no back link on the first question");
}

#[wasm_bindgen_test]
async fn tapping_an_answer_asks_the_next_question_and_remembers_the_answer() {
    let app = Mounted::at("/").await;
    let clinic = app.all(".answers a")[0].clone().dyn_into::<HtmlElement>().unwrap();
    assert_eq!(clinic.get_attribute("data-remember").as_deref(), Some("/start/clinic/"));
    clinic.click();
    app.settle().await;
    assert_eq!(app.text("h1"), "受付のカードリーダーでは、どうなりましたか?");
    assert_eq!(app.history.location().path(), "/q/clinic-symptom/");
    let focused = gloo::utils::document().active_element().map(|e| e.text_content().unwrap_or_default());
    assert_eq!(
        focused.as_deref(),
        Some("受付のカードリーダーでは、どうなりましたか?"),
        "the new screen's heading has focus"
    );
    // The entry left behind is rewritten from `data-remember` by boot.js, app or not: the
    // e2e suite checks Back on static pages and in the running app.
}

#[wasm_bindgen_test]
async fn a_later_question_keeps_its_chosen_answer_and_links_back() {
    let app = Mounted::at("/q/portal-whose/family/").await;
    assert_eq!(app.text("h1"), "困っているのは、誰の保険ですか?");
    assert_eq!(app.text(".progress"), "質問 3・あと最大2問");
    assert!(app.text("a[aria-current=\"true\"]").contains("家族"));
    assert!(app.text(".answer-previous").contains("前回えらんだ答え"));
    assert_eq!(app.hrefs(".back a"), ["/q/portal-symptom/not-found/"]);
}

#[wasm_bindgen_test]
async fn result_shows_causes_numbered_cards_fallback_contacts_and_answers() {
    let app = Mounted::at("/r/mynumber-not-submitted/via/portal.not-found.self.none.no/").await;
    assert_eq!(app.text("h1"), "マイナンバーが健康保険の窓口(保険者)に届いていない");
    assert_eq!(
        app.text(".first-step"),
        "まずやること: 勤務先(人事・総務)や保険者に、自分のマイナンバーを提出済みか聞く"
    );
    assert!(app.text(".checked-line").starts_with("この内容は2026年12月4日に確認しました。"));
    // Away from the counter, a link near the top goes down to the words to send.
    assert_eq!(
        app.hrefs("main > .jump a"),
        ["/r/mynumber-not-submitted/via/portal.not-found.self.none.no/#send-words"]
    );
    assert!(app.all("#send-words").len() == 1);
    let causes = app.texts(".cause-title");
    assert_eq!(causes[0], "マイナンバーが保険者に届いていない(未提出・事務処理中)");
    assert_eq!(causes.len(), 2);
    let numbers = app.texts(".step-number");
    let expected: Vec<String> = (1..=numbers.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected, "cards are numbered 1..n across sections");
    assert!(numbers.len() <= 7, "at most seven numbered cards");
    // The fallback is folded away, its cards unnumbered but still tickable.
    assert!(app.text(".more-checks summary").contains("・ほかに確かめること("));
    let folded = app.all(".more-checks .step-card");
    assert!(!folded.is_empty());
    assert!(folded.iter().all(|c| c.query_selector(".step-number").unwrap().is_none()));
    assert!(folded.iter().all(|c| c.query_selector("input[type=checkbox]").unwrap().is_some()));
    let headings = app.texts(".check h3");
    assert_eq!(headings.last().unwrap(), "それでも使えないとき: 受診の前にしておくこと");
    assert!(app.text(".fallback").contains("2025年12月2日から使えません"));
    // What changed after the guide's date is one page away, from under the steps.
    assert_eq!(app.hrefs(".checked-line a"), ["/about/"]);
    assert!(app.text(".checked-line a").contains("2025年12月1日より後に変わったこと"));
    assert_eq!(app.texts(".memo-list li")[..3], ["保険者名", "記号・番号", "氏名"]);
    // The phone book is one page for every result, one tap away; the memo stays here.
    assert_eq!(app.hrefs(".to-contacts a"), ["/contacts/"]);
    let changes = app.hrefs(".answered a");
    assert_eq!(changes.len(), 5);
    assert_eq!(changes[4], "/q/portal-submitted/no/");
    assert!(app.all(".desk-button").is_empty(), "no desk view outside the clinic");
}

#[wasm_bindgen_test]
async fn the_page_about_the_information_dates_each_fact_and_names_its_official_source() {
    let app = Mounted::at("/about/").await;
    assert_eq!(app.text("h1"), "この内容の日付と、その後に変わったこと");
    let facts = app.text(".facts");
    assert!(facts.contains("2025年12月2日 従来の健康保険証"), "{facts}");
    assert!(app
        .hrefs(".facts .source a")
        .contains(&"https://www.digital.go.jp/policies/mynumber/insurance-card".to_string()));
    assert!(app.texts(".facts .source a").contains(&"digital.go.jp".to_string()));
}

#[wasm_bindgen_test]
async fn a_step_to_call_someone_gives_the_number_as_a_tel_link_with_its_hours() {
    let app = Mounted::at("/r/card-lost/via/card.lost/").await;
    assert_eq!(app.text("h1"), "カードをなくした・盗まれた");
    // The first thing to do, with the number to call, before any scrolling.
    assert!(app.text(".first-step").contains("カードを止めてもらう"));
    assert_eq!(app.hrefs(".first-step a"), ["tel:0120950178"]);
    assert!(app.text(".first-step .hours").contains("24時間365日"));
    let card = app.all(".step-card")[0].text_content().unwrap_or_default();
    assert!(card.contains("0120-95-0178") && card.contains("2番"), "{card}");
}

#[wasm_bindgen_test]
async fn the_contacts_page_gives_each_national_line_as_a_tel_link_with_its_hours_and_source() {
    let app = Mounted::at("/contacts/").await;
    assert_eq!(app.text("h1"), "問い合わせ先");
    assert_eq!(app.texts(".insurer dt").len(), 4);
    assert!(app.hrefs(".hotline a").contains(&"tel:0120950178".to_string()));
    assert!(app.text(".hotline").contains("12月29日〜1月3日は休み"));
    assert!(app.hrefs(".hotline .source a").iter().all(|h| h.starts_with("https://")));
    assert_eq!(app.texts(".memo-list li")[..3], ["保険者名", "記号・番号", "氏名"]);
}

#[wasm_bindgen_test]
async fn a_result_at_the_counter_opens_with_what_to_do_at_this_visit() {
    let app = Mounted::at("/r/after-insurance-change/via/clinic.not-recognized.earlier.yes/").await;
    // Right under the title: the counter box, the desk screen first, then what to hand over;
    // the summary and the dates after it, so that at large text it stays on the first screen.
    let main = app.all("main > *");
    let counter = main.iter().position(|e| e.class_name() == "counter").expect("a counter box");
    assert_eq!(main[counter - 1].tag_name(), "H1", "directly under the title");
    assert_eq!(main[counter + 1].class_name(), "lead", "the summary under it");
    let steps_at = main.iter().position(|e| e.class_name().contains("steps")).expect("the steps");
    let checked_at = main.iter().position(|e| e.class_name() == "checked-line").expect("the date line");
    assert!(checked_at > steps_at, "the date line is under the steps, not at the top");
    assert_eq!(
        app.hrefs(".counter a.desk-button"),
        ["/r/after-insurance-change/via/clinic.not-recognized.earlier.yes/desk/"]
    );
    let steps = app.texts(".counter-steps li");
    assert!(steps[1].contains("資格確認書なら、それだけで"), "{steps:?}");
    assert!(steps[2].contains("被保険者資格申立書") && steps[2].contains("3割"), "{steps:?}");
    assert!(app.all(".first-step").is_empty(), "the counter box is the first thing to do");
    // The share button right under it; the causes folded into one line, with what people hear.
    assert_eq!(main[counter + 2].class_name(), "share no-print needs-app");
    assert!(app.text(".why .heard").starts_with("こんなとき: "));
    assert!(app.text(".why summary").starts_with("なぜ?"));
    // Read the same way by whoever opens the link.
    assert_eq!(app.text("#summary-heading"), "この結果になった答え");
    // The message is filled in from the answers.
    let message = app.text(".message-text");
    assert!(message.starts_with("人事・総務ご担当者様"), "{message}");
    assert!(message.contains("最近、就職・転職したか、家族の扶養に入りました。"), "{message}");
    assert_eq!(app.texts(".send-words .reminder button"), ["7日後に確かめる予定をカレンダーに入れる"]);
}

/// A contact reached only by phone gets no message to copy: what to say and what will be asked.
#[wasm_bindgen_test]
async fn a_phone_line_gets_the_phone_script_not_a_message() {
    let app = Mounted::at("/r/phone-lost/").await;
    assert!(app.all(".message-text").is_empty());
    assert!(app.text(".send-words").contains("には、電話で聞きます。"));
    assert_eq!(app.text(".phone-script > summary"), "電話で話すこと・聞かれること(読み上げ用)");
    assert!(app.text(".phone-script").contains("記号・番号は("));
}

/// Every screen carries the note for an old copy, hidden, with the day from which boot.js shows it.
#[wasm_bindgen_test]
async fn every_screen_carries_the_note_for_an_old_copy() {
    for url in ["/", "/r/card-lost/"] {
        let app = Mounted::at(url).await;
        let note = app.all(".stale-note")[0].clone();
        assert!(note.has_attribute("hidden"), "{url}");
        assert_eq!(note.get_attribute("data-stale-from").as_deref(), Some("2027-06-05"), "{url}");
        assert!(note.text_content().unwrap_or_default().starts_with("この内容は2026年12月に確認したものです。"));
    }
}

#[wasm_bindgen_test]
async fn something_to_know_has_no_box_to_tick() {
    let app = Mounted::at("/r/turning-75/").await;
    let cards = app.all(".step-list")[0].query_selector_all(".step-card").unwrap();
    let first = cards.item(0).unwrap().dyn_into::<web_sys::Element>().unwrap();
    assert!(first.class_name().split(' ').any(|c| c == "info"));
    assert!(first.query_selector("input").unwrap().is_none(), "a fact gets no check box");
    assert!(app.all(".step-card.action input[type=checkbox]").len() >= 2, "actions keep theirs");
    assert_eq!(app.texts(".when-label"), ["いますぐ・今日"]);
    assert!(app.text(".terms summary").starts_with("ことばの説明("), "the words on the page, one tap away");
}

#[wasm_bindgen_test]
async fn ticked_steps_are_remembered_on_this_device() {
    let key = Ticks::storage_key("pin-locked");
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.remove_item(&key).unwrap();
    {
        let app = Mounted::at("/r/pin-locked/").await;
        let first = app.all(".step-card input")[0].clone().dyn_into::<HtmlInputElement>().unwrap();
        assert!(!first.checked());
        first.click();
        app.settle().await;
        assert_eq!(app.all(".step-card.done").len(), 1);
    }
    let app = Mounted::at("/r/pin-locked/").await;
    assert!(app.all(".step-card input")[0].clone().dyn_into::<HtmlInputElement>().unwrap().checked());
    storage.remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn a_box_ticked_before_the_app_took_over_is_kept_and_stored() {
    let key = Ticks::storage_key("pin-locked");
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.remove_item(&key).unwrap();
    // The pre-rendered page's box for the fallback's third step, ticked before the app arrived.
    let document = gloo::utils::document();
    let ticked = document.create_element("input").unwrap().dyn_into::<HtmlInputElement>().unwrap();
    ticked.set_type("checkbox");
    ticked.set_id("step-before-visit-call-clinic");
    ticked.set_checked(true);
    document.body().unwrap().append_child(&ticked).unwrap();
    let app = Mounted::at("/r/pin-locked/").await;
    ticked.remove();
    assert_eq!(app.all(".step-card.done").len(), 1);
    let stored = storage.get_item(&key).unwrap().unwrap_or_default();
    assert!(stored.contains("before-visit/call-clinic"), "stored: {stored}");
    assert_eq!(app.all("[data-stored]")[0].get_attribute("data-stored"), Some(key.clone()));
    storage.remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn corrupt_stored_ticks_are_ignored() {
    let key = Ticks::storage_key("reader-trouble");
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.set_item(&key, "{not json").unwrap();
    let app = Mounted::at("/r/reader-trouble/").await;
    assert_eq!(app.text("h1"), "受付のカードリーダーが読み取らない");
    assert!(app.all(".step-card.done").is_empty());
    storage.remove_item(&key).unwrap();
}

#[wasm_bindgen_test]
async fn clinic_results_open_the_desk_view() {
    let app = Mounted::at("/r/reader-trouble/via/clinic.no-read/").await;
    assert_eq!(app.hrefs(".desk-button"), ["/r/reader-trouble/via/clinic.no-read/desk/"]);
    let desk = Mounted::at("/r/reader-trouble/via/clinic.no-read/desk/").await;
    assert_eq!(
        desk.hrefs("a.button"),
        ["/r/reader-trouble/via/clinic.no-read/", "/"],
        "back to the result, or restart"
    );
    assert_eq!(desk.text("h1"), "マイナ保険証で資格を確認できませんでした");
    let items = desk.texts(".desk-items li");
    assert!(items.iter().any(|i| i.contains("資格確認書")));
    assert!(items.iter().any(|i| i.contains("被保険者資格申立書")));
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_readable_page_with_a_way_back() {
    let app = Mounted::at("/r/pin-locked/").await;
    myna_diagnosis::crash::show_crash_page(&app.root);
    assert_eq!(app.text("h1"), "エラーが起きました");
    assert!(app.text(".lead").contains("最初からやり直してください"));
    assert_eq!(app.hrefs("a.button"), ["./"]);
    assert!(app.all(".step-card").is_empty(), "the broken page is gone");
}

#[wasm_bindgen_test]
async fn unknown_and_garbled_links_show_a_friendly_page() {
    let unknown = Mounted::at("/r/no-such-result/").await;
    assert_eq!(unknown.text("h1"), "リンクを開けませんでした");
    assert_eq!(unknown.hrefs(".page a.button"), ["/"]);

    let outdated = Mounted::at("/r/pin-locked/via/clinic.no-read/").await;
    assert_eq!(outdated.text("h1"), "リンクを開けませんでした");
    assert_eq!(outdated.hrefs(".page a.button"), ["/r/pin-locked/", "/"], "offers the result without the answers");

    let garbled = Mounted::at("/r/pin-locked/via/clinic..<x>/").await;
    assert_eq!(garbled.text("h1"), "リンクを開けませんでした");
    assert_eq!(garbled.hrefs(".page a.button"), ["/r/pin-locked/", "/"], "the result it still names");

    let garbled_unknown = Mounted::at("/r/no-such-result/via/clinic..x/").await;
    assert_eq!(garbled_unknown.hrefs(".page a.button"), ["/"]);

    let elsewhere = Mounted::at("/not/a/page").await;
    assert_eq!(elsewhere.text("h1"), "リンクを開けませんでした");
}

#[wasm_bindgen_test]
async fn a_screen_in_english_keeps_its_links_in_english_and_offers_the_same_screen_in_each_other_language() {
    let app = Mounted::at("/en/q/portal-whose/family/").await;
    let en = myna_diagnosis::diagnosis::guide(myna_diagnosis::diagnosis::Lang::En).unwrap();
    assert_eq!(app.text("h1"), en.question("portal-whose").unwrap().text);
    assert_eq!(app.hrefs(".back a"), ["/en/q/portal-symptom/not-found/"], "a move stays in English");
    assert_eq!(app.hrefs(".lang-switch a"), ["/q/portal-whose/family/", "/easy/q/portal-whose/family/"]);
    assert_eq!(app.texts(".lang-switch a"), ["日本語", "やさしい日本語"]);
    assert_eq!(app.all(".lang-switch[data-lang=\"en\"]").len(), 1, "the switch says the page's language");
    // Moving in place keeps the language.
    let answer = app.all(".answers a")[0].clone().dyn_into::<HtmlElement>().unwrap();
    answer.click();
    app.settle().await;
    assert!(app.history.location().path().starts_with("/en/"), "{}", app.history.location().path());
    let leaving: Vec<String> = app
        .all("a[href]")
        .iter()
        .filter(|a| a.closest(".lang-switch, .lang-hint").ok().flatten().is_none())
        .filter_map(|a| a.get_attribute("href"))
        .filter(|href| href.starts_with('/') && !href.starts_with("/en/"))
        .collect();
    assert!(leaving.is_empty(), "only the language links leave English: {leaving:?}");
}

#[wasm_bindgen_test]
async fn the_desk_view_in_english_keeps_the_japanese_for_the_staff_with_english_beneath() {
    let app = Mounted::at("/en/r/pin-locked/desk/").await;
    let en = myna_diagnosis::diagnosis::guide(myna_diagnosis::diagnosis::Lang::En).unwrap();
    assert!(app.text("h1").starts_with("マイナ保険証で資格を確認できませんでした"));
    assert_eq!(app.text("h1 .own-words"), en.desk.title);
    assert_eq!(app.texts(".desk-items li .own-words"), en.desk.items);
}
