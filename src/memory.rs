//! How the process takes memory from the system.

/// Ask Linux for small pages. mimalloc asks for transparent huge pages; where a
/// hypervisor takes free 2 MB blocks back from its guests (free page reporting, usual
/// on cloud machines), every fresh huge page must be backed again when first touched:
/// on the 2-core VM this is measured on, touching 300 MB of them took 14 to 455 ms,
/// of small pages a steady 100 ms, and a large build touches about that much once
/// (huge pages made `clear_page` a fifth of its samples). Small pages keep it steady.
pub fn small_pages() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
}
