//! The last resort: if anything panics, the page is replaced by a readable message with a way
//! back to the start, instead of freezing as a dead page.

/// Installs the panic hook that shows [`show_crash_page`] in `#app` (or the whole body).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        let document = gloo::utils::document();
        let root = document.get_element_by_id(crate::contract::ROOT).or_else(|| document.body().map(Into::into));
        if let Some(root) = root {
            show_crash_page(&root);
        }
    }));
}

/// Replaces `root`'s content with the crash message. Built from text nodes only (no HTML parsing),
/// with the app's own classes so it reads like the rest of the app.
pub fn show_crash_page(root: &web_sys::Element) {
    let document = gloo::utils::document();
    root.set_text_content(None);
    let Ok(main) = document.create_element("main") else { return };
    main.set_class_name("page crash");
    let add = |tag: &str, text: &str, class: &str| {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            if !class.is_empty() {
                el.set_class_name(class);
            }
            let _ = main.append_child(&el);
            return Some(el);
        }
        None
    };
    add("h1", "エラーが起きました", "");
    add(
        "p",
        "申し訳ありません。画面を表示できなくなりました。もう一度開き直すか、最初からやり直してください。",
        "lead",
    );
    // The one text not from the data, which may be what failed: Japanese, then English.
    if let Some(english) =
        add("p", "Sorry, an error stopped this screen. Please open the page again, or start over.", "lead")
    {
        let _ = english.set_attribute("lang", "en");
    }
    if let Some(link) = add("a", "最初からやり直す / Start over", "button") {
        // Relative to the page's <base>, so it also works under a sub-path.
        let _ = link.set_attribute("href", "./");
    }
    let _ = root.append_child(&main);
}
