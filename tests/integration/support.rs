//! Fixture portfolios in temporary folders, running the binary, and reading the site.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Fixture {
    dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails the test, showing all of stderr, unless stderr says `text`.
    #[track_caller]
    pub fn assert_said(&self, text: &str) {
        assert!(self.stderr.contains(text), "{}", self.stderr);
    }

    /// The temporary folder's path replaced by `[DIR]`, so output can be compared.
    pub fn stderr_normalised(&self, fixture: &Fixture) -> String {
        self.stderr
            .replace(&fixture.path().display().to_string(), "[DIR]")
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copy a portfolio folder, leaving out a site built in it (`public/`).
pub fn copy_tree(from: &Path, to: &Path) {
    let walk = walkdir::WalkDir::new(from).sort_by_file_name().into_iter();
    for entry in walk.filter_entry(|e| !(e.depth() == 1 && e.file_name() == "public")) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Fixture {
    /// A copy of `tests/fixtures/<name>` (or of a repository folder such as
    /// `example-portfolio`, given with a leading `/`).
    pub fn copy(name: &str) -> Fixture {
        let source = match name.strip_prefix('/') {
            Some(repo_path) => Path::new(env!("CARGO_MANIFEST_DIR")).join(repo_path),
            None => fixtures().join(name),
        };
        let f = Fixture::empty();
        copy_tree(&source, f.path());
        f
    }

    pub fn empty() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, path: &str, text: &str) -> &Self {
        let target = self.path().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
        self
    }

    pub fn remove(&self, path: &str) -> &Self {
        std::fs::remove_file(self.path().join(path)).unwrap();
        self
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.path().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Run `leadfolio ARGS` inside the fixture folder.
    pub fn run(&self, args: &[&str]) -> Run {
        self.output(Command::new(env!("CARGO_BIN_EXE_leadfolio")).args(args))
    }

    /// `command` run in the fixture's folder, without colours.
    fn output(&self, command: &mut Command) -> Run {
        let out = command
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `leadfolio` with `args`, stopped by the system once it has used `seconds` of
    /// processor time (all its threads together).
    pub fn run_with_cpu_limit(&self, args: &[&str], seconds: u32) -> Run {
        self.output(
            Command::new("sh")
                .arg("-c")
                .arg(format!("ulimit -t {seconds} && exec \"$0\" \"$@\""))
                .arg(env!("CARGO_BIN_EXE_leadfolio"))
                .args(args),
        )
    }

    /// `leadfolio build`, which must succeed; returns the run.
    pub fn build(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        let run = self.run(&args);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// Every file of the built site, by path.
    pub fn site(&self) -> BTreeMap<String, Vec<u8>> {
        site_files(&self.path().join("public"))
    }
}

/// Every file under `root`, by path; none when there is no such folder.
pub fn site_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    // A test that finds nothing secret in no site at all would prove nothing.
    assert!(
        root.join("index.html").is_file(),
        "{} holds no built site",
        root.display()
    );
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(e.path()).unwrap();
            let readable = if rel.ends_with(".pdf") {
                pdf_readable(e.path(), bytes)
            } else if bytes.starts_with(&[0x1f, 0x8b]) {
                gunzipped(bytes)
            } else {
                bytes
            };
            (rel, readable)
        })
        .collect()
}

/// A gzip stream (the search index's files) as its contents, so that a word the index
/// holds is found.
fn gunzipped(bytes: Vec<u8>) -> Vec<u8> {
    use std::io::Read;
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(bytes.as_slice())
        .read_to_end(&mut text)
        .expect("a gzip stream of the site decompresses");
    text
}

/// A PDF as a search of the site must see it: its bytes, then every stream
/// decompressed, then its text as a reader sees it, so that a word the pack prints or
/// holds anywhere is found.
pub fn pdf_readable(path: &Path, bytes: Vec<u8>) -> Vec<u8> {
    let document = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    // The cross-reference table holds only byte offsets (`0000034321 00000 n`), which
    // can read like any number a test looks for; nothing a portfolio says is in it.
    let is_offset = |line: &[u8]| {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        line.len() == 18
            && line[..10].iter().all(u8::is_ascii_digit)
            && line[11..16].iter().all(u8::is_ascii_digit)
            && matches!(line[17], b'n' | b'f')
    };
    let mut bytes: Vec<u8> = bytes
        .split(|b| *b == b'\n')
        .filter(|line| !is_offset(line))
        .flat_map(|line| line.iter().copied().chain(std::iter::once(b'\n')))
        .collect();
    let mut streams = Vec::new();
    for object in document.objects.values() {
        if let lopdf::Object::Stream(stream) = object {
            match stream.decompressed_content() {
                Ok(content) => streams.extend(content),
                Err(_) => streams.extend(&stream.content),
            }
            streams.push(b'\n');
        }
    }
    bytes.extend(streams);
    bytes.extend(pdf_text(path).into_bytes());
    bytes
}

/// The text of a PDF in reading order, page by page, each page ended by a form feed
/// (as pdftotext ends them).
pub fn pdf_text(path: &Path) -> String {
    let document = lopdf::Document::load(path).expect("the PDF parses");
    let mut text = String::new();
    for number in document.get_pages().keys() {
        text.push_str(&document.extract_text(&[*number]).expect("its text is read"));
        text.push('\u{c}');
    }
    text
}

/// The text between `<main ...>` and `</main>`.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>");
    &html[start..end + 7]
}

/// `main_of`, with inline charts replaced by a marker: charts have snapshots of
/// their own, and page snapshots stay readable.
pub fn main_without_charts(html: &str) -> String {
    let mut out = String::new();
    let mut rest = main_of(html);
    while let Some(start) = rest.find("<svg") {
        out.push_str(&rest[..start]);
        out.push_str("[chart]");
        rest = rest[start..]
            .find("</svg>")
            .map_or("", |end| &rest[start + end + 6..]);
    }
    out.push_str(rest);
    out
}

/// The values of every `name="..."` attribute in `html`.
pub fn attributes<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// What in a page could run, one line each: a tag that runs or embeds code, an event
/// handler, a `javascript:` or `data:` URL.
pub fn live_code(html: &str) -> Vec<String> {
    let mut live = Vec::new();
    for tag in tags(html) {
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '>')
            .next()
            .unwrap_or("");
        if ["<script", "<iframe", "<form", "<object", "<input", "<embed"].contains(&name) {
            live.push(format!("a {name} tag: {tag}"));
        }
        if attribute_names(&tag).iter().any(|a| a.starts_with("on")) {
            live.push(format!("an event handler: {tag}"));
        }
    }
    for url in attributes(html, "href")
        .into_iter()
        .chain(attributes(html, "src"))
    {
        let url = url.to_ascii_lowercase();
        if url.starts_with("javascript:") || url.starts_with("data:") {
            live.push(format!("a link to {url}"));
        }
    }
    live
}

/// Every real tag in a page (escaped text has no raw `<`), lower-cased.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| format!("<{}", rest.split('>').next().unwrap_or("")).to_ascii_lowercase())
        .collect()
}

/// The attribute names of a tag, skipping quoted values.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = tag.chars().skip_while(|c| !c.is_whitespace()).peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        names.push(name);
        if chars.next_if_eq(&'=').is_some() {
            match chars.next() {
                Some(q @ ('"' | '\'')) => while chars.next().is_some_and(|c| c != q) {},
                _ => while chars.next().is_some_and(|c| !c.is_whitespace()) {},
            }
        }
    }
    names
}

/// Internal links and assets that do not resolve inside the site, as
/// `page -> target` lines. External links (with a scheme) are not checked.
pub fn broken_links(site: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut broken = Vec::new();
    for (page, bytes) in site
        .iter()
        .filter(|(p, _)| p.ends_with(".html") && p.as_str() != "404.html")
    {
        let html = String::from_utf8_lossy(bytes);
        for url in attributes(&html, "href")
            .into_iter()
            .chain(attributes(&html, "src"))
        {
            if url.contains(':') || url.starts_with("//") {
                continue;
            }
            if url.starts_with('/') {
                broken.push(format!("{page} -> {url} (root-absolute: breaks from disk)"));
                continue;
            }
            let (path, fragment) = url
                .split_once('#')
                .map_or((url, None), |(p, f)| (p, Some(f)));
            let target = if path.is_empty() {
                page.clone()
            } else {
                resolve(page, path)
            };
            let Some(content) = site.get(&target) else {
                broken.push(format!("{page} -> {url}"));
                continue;
            };
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let text = String::from_utf8_lossy(content);
                if !text.contains(&format!("id=\"{fragment}\"")) {
                    broken.push(format!("{page} -> {url} (no such anchor)"));
                }
            }
        }
    }
    broken
}

/// `evidence/a/index.html` + `../../style.css` -> `style.css`.
fn resolve(page: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in relative.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if relative.ends_with('/') || joined.is_empty() {
        format!(
            "{joined}{}index.html",
            if joined.is_empty() { "" } else { "/" }
        )
    } else {
        joined
    }
}

/// Every file whose text contains `needle`.
pub fn files_containing(site: &BTreeMap<String, Vec<u8>>, needle: &str) -> Vec<String> {
    site.iter()
        .filter(|(_, b)| String::from_utf8_lossy(b).contains(needle))
        .map(|(p, _)| p.clone())
        .collect()
}
