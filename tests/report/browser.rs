//! The report in a real browser: headless Chromium renders the report of a
//! generated 30-day history to a PNG and prints it to PDF, on US Letter and
//! on A4, and nothing it loads comes from outside the file. Skipped, saying
//! why, where Chromium is not installed; `.ci/run` installs it, and under CI
//! a missing Chromium is a failure.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use scraper::Html;
use serde_json::Value;

use crate::common::Sandbox;
use crate::{assert_tables_match_stats, report_text, stats_json, thirty_days};

/// How long one Chromium run may take before the test gives up on it.
const DEADLINE: Duration = Duration::from_secs(90);

/// The browser, where it is installed.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs Chromium headless on `page` with `args`, in a profile of its own,
/// recording every request in a net log; returns what it printed and the log.
fn run(browser: &Path, work: &Path, name: &str, page: &Path, args: &[String]) -> (String, Value) {
    let profile = work.join(format!("profile-{name}"));
    let net_log = work.join(format!("net-{name}.json"));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--log-net-log={}", net_log.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(fs::File::create(work.join(format!("{name}.out"))).expect("an output file"))
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let began = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium's status") {
            break status;
        }
        if began.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took longer than {DEADLINE:?} over {name}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "chromium failed over {name}: {status}");
    let printed = fs::read_to_string(work.join(format!("{name}.out"))).unwrap_or_default();
    let log = fs::read_to_string(&net_log).expect("the net log");
    // Chromium may stop before closing the log's last brackets.
    let log = serde_json::from_str(&log)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", log.trim_end().trim_end_matches(','))))
        .expect("the net log is JSON");
    (printed, log)
}

/// The requests a page made (the browser's own, for updates and the like,
/// are not the page's): each one's URL.
fn page_requests(log: &Value) -> Vec<String> {
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].as_i64();
    log["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["type"].as_i64() == start_job)
        .filter(|e| {
            e["params"]["site_for_cookies"]
                .as_str()
                .is_some_and(|site| site.contains("file://"))
        })
        .filter_map(|e| e["params"]["url"].as_str().map(str::to_string))
        .collect()
}

/// The pages of a PDF, as their media boxes say (width, height in points).
fn pdf_pages(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox [")
        .filter_map(|(at, found)| {
            let rest = &text[at + found.len()..];
            let numbers: Vec<f64> = rest
                .split(']')
                .next()?
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            (numbers.len() == 4).then(|| (numbers[2], numbers[3]))
        })
        .collect()
}

/// Width, height and how many distinct colours a PNG has.
fn png_look(path: &Path) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        fs::File::open(path).expect("the screenshot"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("its pixels");
    let step = info.color_type.samples();
    let colours: std::collections::HashSet<&[u8]> = pixels[..info.buffer_size()]
        .chunks(step)
        .step_by(7)
        .collect();
    (info.width, info.height, colours.len())
}

/// Chromium and a folder for its pages, profiles and logs.
struct Browser {
    path: PathBuf,
    work: PathBuf,
}

impl Browser {
    /// Runs it over `page`, checking that the page asked for nothing.
    fn run(&self, name: &str, page: &Path, args: &[String]) -> String {
        let (printed, log) = run(&self.path, &self.work, name, page, args);
        assert_eq!(
            page_requests(&log),
            Vec::<String>::new(),
            "requests from {name}"
        );
        printed
    }

    /// Writes `html` as a page of its own and prints it to PDF: its pages.
    fn print(&self, name: &str, html: &str) -> Vec<(f64, f64)> {
        let file = self.work.join(format!("{name}.html"));
        fs::write(&file, html).expect("a page");
        let out = self.work.join(format!("{name}.pdf"));
        self.run(name, &file, &[format!("--print-to-pdf={}", out.display())]);
        let bytes = fs::read(&out).expect("the PDF");
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
        pdf_pages(&bytes)
    }
}

/// A word as printed: its page, its box in points, its text.
#[derive(Debug)]
struct Word {
    page: usize,
    x: (f64, f64),
    y: (f64, f64),
    text: String,
}

/// The words of a PDF with their boxes, as `pdftotext -bbox` reads them.
fn printed_words(pdf: &Path) -> Vec<Word> {
    let out = pdf.with_extension("words.html");
    let status = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg(&out)
        .status()
        .expect("pdftotext runs (poppler-utils; .ci/run installs it)");
    assert!(status.success(), "pdftotext over {}", pdf.display());
    let page = scraper::Selector::parse("page").expect("a selector");
    let word = scraper::Selector::parse("word").expect("a selector");
    let parsed = Html::parse_document(&fs::read_to_string(&out).expect("the words"));
    let mut words = Vec::new();
    for (number, page) in parsed.select(&page).enumerate() {
        for w in page.select(&word) {
            let at = |name: &str| -> f64 {
                w.value()
                    .attr(name)
                    .and_then(|v| v.parse().ok())
                    .expect("a coordinate")
            };
            words.push(Word {
                page: number,
                x: (at("xmin"), at("xmax")),
                y: (at("ymin"), at("ymax")),
                text: w.text().collect(),
            });
        }
    }
    words
}

/// The printed report: every chart's title is printed as text, and no two
/// printed words overlap (value labels that crowd a month's chart would).
fn assert_printed_text_is_clear(pdf: &Path, page: &Html) {
    let words = printed_words(pdf);
    let printed = words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let titles = scraper::Selector::parse("svg[viewBox] > title").expect("a selector");
    for title in page.select(&titles) {
        let title: String = title.text().collect();
        for word in title.split_whitespace() {
            assert!(printed.contains(word), "the title {title:?} is not printed");
        }
    }
    assert!(words.len() > 500, "{} words printed", words.len());
    if let Some((a, b)) = overlapping(&words) {
        panic!(
            "printed words overlap on page {}: {a:?} and {b:?}",
            a.page + 1
        );
    }
}

/// Two words of one page whose boxes share more than a quarter of the
/// smaller one, if any.
fn overlapping(words: &[Word]) -> Option<(&Word, &Word)> {
    let overlap = |a: (f64, f64), b: (f64, f64)| (a.1.min(b.1) - a.0.max(b.0)).max(0.0);
    let area = |w: &Word| (w.x.1 - w.x.0) * (w.y.1 - w.y.0);
    words.iter().enumerate().find_map(|(i, a)| {
        words[i + 1..]
            .iter()
            .filter(|b| b.page == a.page)
            .find(|b| overlap(a.x, b.x) * overlap(a.y, b.y) > 0.25 * area(a).min(area(b)))
            .map(|b| (a, b))
    })
}

/// Whether every page is `width` by `height` points.
fn all_sized(pages: &[(f64, f64)], width: f64, height: f64) -> bool {
    pages
        .iter()
        .all(|(w, h)| (w - width).abs() < 1.0 && (h - height).abs() < 1.0)
}

#[test]
fn chromium_renders_the_30_day_report_to_png_and_pdf_with_nothing_fetched() {
    let Some(path) = chromium() else {
        crate::common::skip::skip_unless_ci(
            "browser test",
            "chromium is not installed here (apt-get install chromium; .ci/run installs it)",
        );
        return;
    };
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let browser = Browser {
        path,
        work: sandbox.path().join("browser"),
    };
    fs::create_dir(&browser.work).expect("a work folder");
    let text = report_text(&sandbox, &["--days", "30"]);
    let page = browser.work.join("report.html");
    fs::write(&page, &text).expect("the page");

    // What the browser made of the page: every chart, its axes, the numbers.
    let parsed = Html::parse_document(&browser.run("dom", &page, &["--dump-dom".into()]));
    let count = |css: &str| {
        parsed
            .select(&scraper::Selector::parse(css).expect("a selector"))
            .count()
    };
    let charts = count("svg[viewBox] > title");
    assert!(charts >= 12, "{charts} charts in the browser's page");
    let axes = count("svg text.axis-title");
    assert!(axes >= 2 * charts, "{axes} axis titles for {charts} charts");
    assert_tables_match_stats(&parsed, &stats_json(&sandbox, 30));

    // The screenshot: a page of charts, in more than a few colours.
    let png = browser.work.join("report.png");
    let size = "--window-size=900,2400".to_string();
    browser.run(
        "png",
        &page,
        &[size, format!("--screenshot={}", png.display())],
    );
    let (width, height, colours) = png_look(&png);
    assert_eq!((width, height), (900, 2400));
    assert!(colours > 20, "{colours} colours: a blank page?");
    if let Some(keep) = std::env::var_os("LETDOWN_REPORT_PNG") {
        fs::copy(&png, keep).expect("the screenshot kept");
    }

    // Printed on US Letter (the browser's default) and on A4; the numbers,
    // collapsed on screen, print: as many pages as with every table open.
    let letter = browser.print("letter", &text);
    assert!(letter.len() >= 4, "{} pages", letter.len());
    assert!(all_sized(&letter, 612.0, 792.0), "{letter:?}");
    let a4 = browser.print(
        "a4",
        &text.replacen("</style>", "@page { size: A4; }</style>", 1),
    );
    assert!(all_sized(&a4, 595.0, 842.0), "{a4:?}");
    let pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if pdftotext {
        assert_printed_text_is_clear(&browser.work.join("letter.pdf"), &parsed);
    } else {
        crate::common::skip::skip_unless_ci(
            "the printed words' check",
            "pdftotext is not installed here (apt-get install poppler-utils; .ci/run installs it)",
        );
    }
    let open = text.replace("<details class=\"numbers", "<details open class=\"numbers");
    assert_eq!(
        letter.len(),
        browser.print("open", &open).len(),
        "the tables print"
    );

    // Words printed over each other are caught.
    if pdftotext {
        browser.print(
            "crowded",
            "<!DOCTYPE html><p style=\"position:absolute;top:10px;left:10px\">crowded</p>\
         <p style=\"position:absolute;top:12px;left:14px\">labels</p>",
        );
        let crowded = printed_words(&browser.work.join("crowded.pdf"));
        assert!(overlapping(&crowded).is_some(), "{crowded:?}");
    }

    // The net log sees a page's request: a page that fetches is caught.
    let control = browser.work.join("control.html");
    fs::write(
        &control,
        "<!DOCTYPE html><img src=\"http://127.0.0.1:9/x.png\">",
    )
    .expect("a page");
    let (_, log) = run(
        &browser.path,
        &browser.work,
        "control",
        &control,
        &["--dump-dom".into()],
    );
    assert_eq!(page_requests(&log), ["http://127.0.0.1:9/x.png"]);
}
