//! The Typst world the pack is compiled in: the theme's `.typ` templates, the pack's
//! data and the files the build hands it, all in memory, and the fonts compiled into
//! the binary. Nothing else exists in it: a template that reads `/etc/passwd` or any
//! path of the portfolio it was not given gets "file not found", and there is no
//! package, no clock and no system font.

use super::fonts;
use std::collections::HashMap;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template the pack starts from, among the theme's templates.
pub const MAIN: &str = "panel-pack.typ";
/// Where the template finds the pack's data: `json("/pack.json")`.
pub const DATA: &str = "/pack.json";

pub struct PackWorld {
    library: LazyHash<Library>,
    main: FileId,
    /// Every file of the world by id: templates as sources, the rest as bytes.
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    /// A template's name -> where it came from, for messages.
    origins: HashMap<FileId, String>,
}

impl PackWorld {
    /// A world of `templates` (name, text, origin), with the other `files` by path.
    pub fn new<'t>(
        templates: impl IntoIterator<Item = (&'t str, &'t str, &'t str)>,
        files: impl IntoIterator<Item = (String, Vec<u8>)>,
    ) -> PackWorld {
        let mut world = PackWorld {
            library: LazyHash::new(Library::builder().build()),
            main: id(&format!("/{MAIN}")),
            sources: HashMap::new(),
            files: HashMap::new(),
            origins: HashMap::new(),
        };
        for (name, text, origin) in templates {
            let file = id(&format!("/{name}"));
            world
                .sources
                .insert(file, Source::new(file, text.to_owned()));
            world.origins.insert(file, origin.to_owned());
        }
        for (path, bytes) in files {
            world.files.insert(id(&path), Bytes::new(bytes));
        }
        world
    }

    /// Where a template came from (`templates/panel-pack.typ`, `theme `panel``), if
    /// the file is one.
    pub fn origin(&self, file: FileId) -> Option<&str> {
        self.origins.get(&file).map(String::as_str)
    }

    pub fn source_of(&self, file: FileId) -> Option<&Source> {
        self.sources.get(&file)
    }
}

/// The id of a path in the world; every path is absolute in the pack's one root.
fn id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| {
        VirtualPath::new("/not-a-path").expect("a plain absolute path is valid")
    });
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl World for PackWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        fonts::book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.sources.get(&id) {
            Some(source) => Ok(source.clone()),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        match self.sources.get(&id) {
            Some(source) => Ok(Bytes::from_string(source.clone())),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts::font(index)
    }

    /// No clock: the same folder gives the same bytes. A template that asks for
    /// today's date gets an error.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
