//! `leadfolio serve` as a user meets it: a real process on a free loopback port, a
//! page fetched, an artefact edited on disk, the reload event, the new content; a
//! broken save shown as an overlay and cleared by the next good one; and requests
//! that try to leave the site.

use crate::support::Fixture;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The serve process, stopped when the test ends however it ends.
struct Serve {
    child: Child,
    port: u16,
    /// Everything it has printed to stderr so far.
    said: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Serve {
    /// Wait up to ten seconds for `text` on stderr.
    fn wait_to_say(&self, text: &str) -> bool {
        self.wait_until(|said| said.contains(text))
    }

    /// Wait up to ten seconds for what it has said to pass `test`.
    fn wait_until(&self, test: impl Fn(&str) -> bool) -> bool {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            if test(&self.said.lock().unwrap()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(f: &Fixture) -> Serve {
    serve_with(f, &[])
}

fn serve_with(f: &Fixture, extra: &[&str]) -> Serve {
    let child = Command::new(env!("CARGO_BIN_EXE_leadfolio"))
        .args(["serve", ".", "--port", "0"])
        .args(extra)
        .current_dir(f.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Owned by the guard at once, so the process is stopped even if a check fails.
    let mut serve = Serve {
        child,
        port: 0,
        said: Default::default(),
    };
    let stderr = serve.child.stderr.take().unwrap();
    let said = std::sync::Arc::clone(&serve.said);
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut said = said.lock().unwrap();
            said.push_str(&line);
            said.push('\n');
        }
    });
    let stdout = serve.child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                serve.port = rest.split('/').next().unwrap().parse().unwrap();
                return serve;
            }
        }
    }
    panic!("serve did not print its address");
}

/// A raw HTTP/1.1 request; the status code and the headers and body of one response
/// (read by its Content-Length, so keep-alive does not hold the test).
fn request(port: u16, raw: &str) -> (u16, String) {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    (&stream).write_all(raw.as_bytes()).unwrap();
    let mut reader = BufReader::new(&stream);
    let mut head = String::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        head.push_str(&line);
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (
        status,
        format!("{head}\r\n{}", String::from_utf8_lossy(&body)),
    )
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
    )
}

/// Open the live-reload stream; the receiver gets its text as it arrives.
fn listen(port: u16) -> mpsc::Receiver<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .write_all(
            format!("GET /__leadfolio/events HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n")
                .as_bytes(),
        )
        .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 1024];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0
                || tx
                    .send(String::from_utf8_lossy(&buf[..n]).into_owned())
                    .is_err()
            {
                break;
            }
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the stream opens");
    assert!(first.contains("text/event-stream"), "{first}");
    rx
}

fn wait_for_reload(events: &mpsc::Receiver<String>) {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while std::time::Instant::now() < deadline {
        if let Ok(text) = events.recv_timeout(Duration::from_millis(200)) {
            if text.contains("event: reload") {
                return;
            }
        }
    }
    panic!("no reload event");
}

#[test]
fn an_edit_reloads_the_page_with_the_new_content() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    let (status, body) = get(s.port, "/evidence/beta/");
    assert_eq!(status, 200);
    assert!(body.contains("Half the books were out of date."));
    assert!(
        body.contains("/__leadfolio/reload.js"),
        "serve adds live reload"
    );
    let events = listen(s.port);
    f.write(
        "artefacts/beta.md",
        &f.read("artefacts/beta.md")
            .replace("Half the books", "Most of the books"),
    );
    wait_for_reload(&events);
    assert!(get(s.port, "/evidence/beta/")
        .1
        .contains("Most of the books were out of date."));
    assert!(
        !f.path().join("public").exists(),
        "serve writes nothing to disk"
    );
}

/// serve says what build says: the warnings at start, and again when a save changes
/// them.
#[test]
fn serve_prints_the_warnings_and_again_when_they_change() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    assert!(s.wait_to_say("not published: this testimonial has no recorded consent"));
    assert!(s.wait_to_say("summarises fewer than 10 people"));
    let events = listen(s.port);
    f.write(
        "testimonials/noconsent.yaml",
        &(f.read("testimonials/noconsent.yaml") + "consent: true\n"),
    );
    wait_for_reload(&events);
    // The rebuild's warnings are printed once it is done: wait for them, then count.
    let printed_again = |said: &str| said.matches("summarises fewer than 10 people").count() >= 2;
    assert!(s.wait_until(printed_again), "{}", s.said.lock().unwrap());
    let said = s.said.lock().unwrap().clone();
    assert_eq!(said.matches("no recorded consent").count(), 1, "{said}");
}

/// Saving a metric's data file rebuilds what shows it, the panel pack included.
#[test]
fn saving_a_data_file_rebuilds_the_metric_and_the_pack() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.csv",
        "x,Year 4,Year 4 (n)\n2024-09,61,90\n2025-03,78,88\n",
    );
    let head = "title: Pupils reading at expected fluency\nunit: \"%\"\nbaseline: 61\n";
    f.write(
        "metrics/reading.yaml",
        &format!("{head}data: reading.csv\n"),
    );
    let s = serve(&f);
    assert!(get(s.port, "/impact/").1.contains("+17 percentage points"));
    let (status, pdf) = get(s.port, "/panel-pack.pdf");
    assert_eq!(status, 200);
    assert!(
        pdf.contains("application/pdf") && pdf.contains("%PDF-"),
        "the pack is served"
    );
    let events = listen(s.port);
    f.write(
        "metrics/reading.csv",
        "x,Year 4,Year 4 (n)\n2024-09,61,90\n2025-03,83,88\n",
    );
    wait_for_reload(&events);
    assert!(get(s.port, "/impact/").1.contains("+22 percentage points"));
    assert_ne!(
        get(s.port, "/panel-pack.pdf").1,
        pdf,
        "the pack is made again"
    );
}

#[test]
fn saving_a_plan_adds_its_page_and_changes_it_on_every_save() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    assert_eq!(get(s.port, "/plan/").0, 404, "no plan yet");
    let plan = "title: Growth plan\nkind: development\nphases:\n  - title: This term\n    days: 1-60\n    goals: [Coach two teams.]\n";
    let events = listen(s.port);
    f.write("plan.yaml", plan);
    wait_for_reload(&events);
    let (status, page) = get(s.port, "/plan/");
    assert_eq!(status, 200);
    assert!(page.contains("Coach two teams."));
    assert!(get(s.port, "/")
        .1
        .contains("href=\"plan/index.html\">Plan</a>"));
    // The stream ends after each reload, as a page reconnects.
    let events = listen(s.port);
    f.write(
        "plan.yaml",
        &plan.replace("Coach two teams.", "Coach three teams."),
    );
    wait_for_reload(&events);
    assert!(get(s.port, "/plan/").1.contains("Coach three teams."));
}

#[test]
fn a_broken_save_keeps_the_last_good_site_and_shows_why() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    let good = f.read("artefacts/beta.md");
    let events = listen(s.port);
    f.write(
        "artefacts/beta.md",
        &good.replace("competencies: [operations]", "competencies: [<operatons>]"),
    );
    wait_for_reload(&events);
    let (status, body) = get(s.port, "/evidence/beta/");
    assert_eq!(status, 200, "the last good page is still served");
    assert!(body.contains("Half the books were out of date."));
    assert!(
        body.contains("lf-build-error"),
        "the error is shown over the page"
    );
    assert!(
        body.contains("artefacts/beta.md:4:"),
        "with its file and line"
    );
    assert!(body.contains("&lt;operatons>"), "escaped");
    let events = listen(s.port);
    f.write("artefacts/beta.md", &good);
    wait_for_reload(&events);
    assert!(
        !get(s.port, "/evidence/beta/").1.contains("lf-build-error"),
        "the next good save clears it"
    );
}

#[test]
fn nothing_outside_the_site_is_served() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    for path in [
        "/../portfolio.yaml",
        "/%2e%2e/portfolio.yaml",
        "/evidence/%2e%2e/%2e%2e/portfolio.yaml",
        "/%2fetc%2fpasswd",
        "/artefacts/alpha.md",
        "/portfolio.yaml",
        "/..%2f..%2fetc/passwd",
    ] {
        let (status, body) = get(s.port, path);
        assert!(matches!(status, 400 | 404), "{path}: {status}");
        assert!(
            !body.contains("Sam Rivera, Leadership Portfolio\nperson"),
            "{path} leaked the source"
        );
    }
    let (status, _) = request(s.port, "GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n");
    assert_eq!(status, 403, "another host name is refused");
    let (status, _) = request(s.port, "DELETE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assert!(matches!(status, 403 | 405), "{status}");
    let (status, _) = request(s.port, "\u{1}\u{2}garbage\r\n\r\n");
    assert!(status == 0 || status >= 400, "malformed request: {status}");
    assert_eq!(get(s.port, "/").0, 200, "the server survived");
    let (_, headers) = request(s.port, &format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nOrigin: https://attacker.example\r\nConnection: close\r\n\r\n", s.port));
    assert!(
        !headers
            .to_ascii_lowercase()
            .contains("access-control-allow"),
        "no CORS"
    );
}

/// A thousand connections that send nothing, or half a request, and never finish:
/// the preview still answers a page at once, without a thread for each of them.
#[test]
fn idle_connections_neither_stall_the_preview_nor_hold_a_thread_each() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    let idle: Vec<TcpStream> = (0..1000)
        .map(|i| {
            let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
            if i % 2 == 1 {
                let _ = stream.write_all(b"GET / HTTP/1.1\r\nHost: 127.0");
            }
            stream
        })
        .collect();
    // A stalled preview would leave this request unanswered (`get` gives up after ten
    // seconds of silence).
    let (status, body) = get(s.port, "/evidence/beta/");
    assert_eq!(status, 200);
    assert!(body.contains("Half the books"));
    let status = std::fs::read_to_string(format!("/proc/{}/status", s.child.id())).unwrap();
    let threads: usize = status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(threads < 64, "{threads} threads for 1,000 connections");
    drop(idle);
}

/// A page that goes away gives its live-reload place back at once, not at the next
/// ping.
#[test]
fn closed_live_reload_streams_free_their_places_at_once() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    let open = |port: u16| {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream
            .write_all(
                format!("GET /__leadfolio/events HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n")
                    .as_bytes(),
            )
            .unwrap();
        let mut head = [0u8; 512];
        let n = stream.read(&mut head).unwrap_or(0);
        (stream, String::from_utf8_lossy(&head[..n]).into_owned())
    };
    for _round in 0..3 {
        let streams: Vec<_> = (0..64).map(|_| open(s.port)).collect();
        assert!(
            streams.iter().all(|(_, head)| head.contains(" 200 ")),
            "64 pages may listen at once"
        );
        drop(streams);
        std::thread::sleep(Duration::from_millis(300));
    }
    let (_, head) = open(s.port);
    assert!(head.contains(" 200 "), "the places were given back: {head}");
}

/// Shared on the network with `--bind 0.0.0.0`, the preview answers to the address a
/// device reached it at (127.0.0.2 stands for one), and still refuses other names.
#[test]
fn bound_to_every_address_the_preview_answers_to_the_address_reached() {
    let f = Fixture::copy("minimal");
    let s = serve_with(&f, &["--bind", "0.0.0.0"]);
    assert!(s.wait_to_say("anyone who can reach this machine can read the preview"));
    let port = s.port;
    let reached = |host: &str| {
        let stream = TcpStream::connect(("127.0.0.2", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        (&stream)
            .write_all(
                format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
            )
            .unwrap();
        let mut answer = String::new();
        let _ = (&stream).read_to_string(&mut answer);
        answer
    };
    assert!(reached(&format!("127.0.0.2:{port}")).starts_with("HTTP/1.1 200"));
    assert!(reached(&format!("rebind.example:{port}")).starts_with("HTTP/1.1 403"));
}

#[test]
fn a_busy_port_is_explained() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let f = Fixture::copy("minimal");
    let run = f.run(&["serve", ".", "--port", &port]);
    assert_eq!(run.code, 1);
    run.assert_said(&format!("port {port} on 127.0.0.1 is already in use"));
    run.assert_said("try `--port ");
}

mod incremental {
    //! What `serve` renders again after a save: only the pages the save changed, and
    //! the same bytes a full build would give; anything more is a full build.

    use crate::support::Fixture;
    use leadfolio::stages::output::{InMemory, OutputFile};
    use leadfolio::stages::pipeline;
    use leadfolio::stages::publish::Options;
    use leadfolio::stages::serve::incremental;

    fn model(f: &Fixture) -> leadfolio::stages::model::Portfolio {
        let (outcome, model) =
            pipeline::run_keeping_model(f.path(), Options::default(), &InMemory::default());
        assert!(outcome.files.is_some());
        model.expect("a good build keeps its model")
    }

    fn page<'f>(files: &'f [OutputFile], path: &str) -> &'f OutputFile {
        files.iter().find(|f| f.path == path).unwrap()
    }

    #[test]
    fn a_narrative_edit_renders_only_its_page_and_matches_a_full_build() {
        let f = Fixture::copy("minimal");
        let mut portfolio = model(&f);
        let beta = f
            .read("artefacts/beta.md")
            .replace("\n---\n", "\n---\nA sentence added while writing.\n\n");
        f.write("artefacts/beta.md", &beta);
        let root = f.path().canonicalize().unwrap();
        let patch = incremental::rebuild(
            &mut portfolio,
            &root,
            &[root.join("artefacts/beta.md")],
            Options::default(),
        )
        .expect("a narrative edit needs no full build");
        // The fixture is searched: the server makes its index again.
        assert_eq!(patch.searched_in.as_deref(), Some("en"));
        let pages = patch.pages;
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].path, "evidence/beta/index.html");
        let full = pipeline::run(f.path(), Options::default()).files.unwrap();
        let expected = page(&full, "evidence/beta/index.html");
        match (&pages[0].contents, &expected.contents) {
            (
                leadfolio::stages::output::Contents::Bytes(a),
                leadfolio::stages::output::Contents::Bytes(b),
            ) => {
                assert!(String::from_utf8_lossy(a).contains("A sentence added while writing."));
                assert_eq!(a, b, "the patched page is the page a full build makes");
            }
            _ => panic!("pages are text"),
        }
    }

    #[test]
    fn edits_that_show_elsewhere_need_a_full_build() {
        let f = Fixture::copy("minimal");
        let root = f.path().canonicalize().unwrap();
        let options = Options::default();
        // A new title shows in every list; the featured piece is printed in the panel
        // pack; a file that is not an artefact may change anything.
        let saved = |path: &str, edit: &dyn Fn(String) -> String| {
            let mut before = model(&f);
            f.write(path, &edit(f.read(path)));
            incremental::rebuild(&mut before, &root, &[root.join(path)], options)
        };
        assert!(saved("artefacts/beta.md", &|t| t
            .replace("title: Library audit", "title: Library audit, revised"))
        .is_none());
        assert!(saved("artefacts/alpha.md", &|t| t + "\nMore.\n").is_none());
        assert!(saved("portfolio.yaml", &|t| t).is_none());
        assert!(incremental::rebuild(&mut model(&f), &root, &[], options).is_none());
    }
}

#[test]
fn a_file_swapped_for_a_link_after_the_build_is_never_served() {
    let f = Fixture::copy("minimal");
    f.write("secret.txt", "SWAPPED-SECRET");
    let s = serve(&f);
    assert_eq!(get(s.port, "/assets/chart.png").0, 200);
    let asset = f.path().join("assets/chart.png");
    std::fs::remove_file(&asset).unwrap();
    std::os::unix::fs::symlink(f.path().join("secret.txt"), &asset).unwrap();
    // Before, during and after the rebuild the swap sets off.
    for _ in 0..20 {
        let (_, body) = get(s.port, "/assets/chart.png");
        assert!(!body.contains("SWAPPED-SECRET"), "{body}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn an_endless_request_line_is_refused_and_the_preview_goes_on() {
    let f = Fixture::copy("minimal");
    let s = serve(&f);
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let line = format!("GET /{}", "a".repeat(1024 * 1024));
    for _ in 0..10 {
        if stream.write_all(line.as_bytes()).is_err() {
            break;
        }
    }
    // The refusal, or a reset if the server's close overtook it; a server still
    // reading the line would leave this read to time out.
    let mut answer = String::new();
    let read = stream.read_to_string(&mut answer);
    assert!(
        !matches!(&read, Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut)),
        "the server was still reading: {read:?}"
    );
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    assert_eq!(get(s.port, "/").0, 200);
}

/// The minimal fixture, written in French.
fn minimal_in_french() -> Fixture {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml");
    f.write("portfolio.yaml", &format!("{settings}\nlanguage: fr\n"));
    f
}

/// The overlay over a failed save speaks the language of the site it covers.
#[test]
fn the_overlay_over_a_broken_save_speaks_the_sites_language() {
    let f = minimal_in_french();
    let s = serve(&f);
    let good = f.read("artefacts/beta.md");
    let events = listen(s.port);
    f.write(
        "artefacts/beta.md",
        &good.replace("competencies: [operations]", "competencies: [operatons]"),
    );
    wait_for_reload(&events);
    let body = get(s.port, "/evidence/beta/").1;
    assert!(body.contains("<html lang=\"fr\">"));
    assert!(
        body.contains("Le dernier enregistrement n&#39;a pas pu être compilé"),
        "{body}"
    );
}

/// Saving a message file rebuilds the site with its words.
#[test]
fn saving_a_message_file_changes_the_theme_words() {
    let f = minimal_in_french();
    let s = serve(&f);
    assert!(get(s.port, "/").1.contains("Aller au contenu"));
    let events = listen(s.port);
    f.write("i18n/fr.ftl", "skip-to-content = Passer au contenu\n");
    wait_for_reload(&events);
    assert!(get(s.port, "/").1.contains("Passer au contenu"));
}
