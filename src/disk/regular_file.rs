//! Opening a file the build found, never a symbolic link put in its place since: a
//! file swapped for a link to `/etc/passwd` between the walk and the copy (or, in
//! `serve`, between two rebuilds) must not be read.

use std::fs::File;
use std::io;
use std::path::Path;

/// Open `path` for reading if it is a regular file and not a symbolic link.
pub fn open(path: &Path) -> io::Result<File> {
    let file = open_no_follow(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    Ok(file)
}

/// The whole of the regular file at `path` (see [`open`]).
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut open(path)?, &mut bytes)?;
    Ok(bytes)
}

/// Open the regular file at `relative` under the folder `root`, refusing a link at
/// every part of the way, not only the last: `metrics/ld -> /elsewhere` with
/// `data: ld/ext.csv` must not read `/elsewhere/ext.csv`. The error names the first
/// part that is a link.
pub fn open_within(root: &Path, relative: &Path) -> io::Result<File> {
    use std::path::Component;
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(io::Error::other("the path leaves the portfolio folder"));
    }
    let mut path = root.to_path_buf();
    let mut parts = relative.components().peekable();
    while let Some(part) = parts.next() {
        path.push(part);
        if parts.peek().is_none() {
            break;
        }
        if std::fs::symlink_metadata(&path)?.file_type().is_symlink() {
            let shown = relative_up_to(relative, &path, root);
            return Err(io::Error::other(format!(
                "{shown} is a symbolic link, which is not followed"
            )));
        }
    }
    let file = open(&path)?;
    same_file_as_walked(&file, root, relative)?;
    Ok(file)
}

/// The whole of the regular file at `relative` under `root` (see [`open_within`]).
pub fn read_within(root: &Path, relative: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut open_within(root, relative)?, &mut bytes)?;
    Ok(bytes)
}

fn relative_up_to(relative: &Path, path: &Path, root: &Path) -> String {
    let part = path.strip_prefix(root).unwrap_or(relative);
    part.to_string_lossy().replace('\\', "/")
}

/// Between the check of each folder above and the open, a folder could be swapped for
/// a link. Linux names the file a handle really opened: it must be the one under the
/// real root.
#[cfg(target_os = "linux")]
fn same_file_as_walked(file: &File, root: &Path, relative: &Path) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let opened = std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd()));
    let expected = std::fs::canonicalize(root).map(|r| r.join(relative));
    match (opened, expected) {
        (Ok(opened), Ok(expected)) if opened != expected => Err(io::Error::other(
            "a folder on its way was replaced by a symbolic link while it was read",
        )),
        _ => Ok(()),
    }
}

#[cfg(not(target_os = "linux"))]
fn same_file_as_walked(_: &File, _: &Path, _: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NOFOLLOW: the system refuses a link as the last part of the path, with no
    // gap between a check and the open.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ELOOP) {
                io::Error::other("it is a symbolic link, which is not followed")
            } else {
                e
            }
        })
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<File> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(io::Error::other(
            "it is a symbolic link, which is not followed",
        ));
    }
    File::open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_refused_and_a_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "text").unwrap();
        assert_eq!(read(&file).unwrap(), b"text");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let err = read(&link).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(read(dir.path()).is_err(), "a folder is not a file");
    }

    #[test]
    fn a_linked_folder_on_the_way_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("p");
        let outside = dir.path().join("elsewhere");
        std::fs::create_dir_all(root.join("metrics/real")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("ext.csv"), "secret").unwrap();
        std::fs::write(root.join("metrics/real/in.csv"), "data").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("metrics/ld")).unwrap();
        let err = read_within(&root, Path::new("metrics/ld/ext.csv")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "metrics/ld is a symbolic link, which is not followed"
        );
        assert_eq!(
            read_within(&root, Path::new("metrics/real/in.csv")).unwrap(),
            b"data"
        );
    }
}
