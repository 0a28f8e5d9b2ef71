#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the `.txt` files below a folder, and every entry below it that could not be read.
///
/// Symbolic links are followed, to files and to folders alike; a folder is read once only, so a
/// link back to a folder above it (a cycle) or a second path to a folder already read is reported
/// and skipped. A subfolder that cannot be opened, and a link that leads nowhere, are reported
/// in place; the rest of the tree is still listed.
struct FolderWalker {
    /// What the walk found.
    struct Listing: Sendable, Hashable {
        /// The `.txt` files, sorted by path.
        var files: [String] = []
        /// What could not be read, in the order met.
        var problems: [InputError] = []
    }

    /// A folder's identity: its device and inode, the same whatever path leads to it.
    private struct FolderKey: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Lists the tree below `root`.
    ///
    /// - Complexity: O(*e* log *e*) in the number of entries below `root`.
    static func walk(_ root: String) -> Listing {
        var listing = Listing()
        var seen: Set<FolderKey> = []
        var status = stat()
        guard stat(root, &status) == 0 else {
            listing.problems.append(InputError(path: root, reason: "cannot read the folder (\(FileReader.describe(errno)))"))
            return listing
        }
        seen.insert(FolderKey(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
        var pending = [root]
        while let folder = pending.popLast() {
            guard let names = entries(of: folder, problems: &listing.problems) else { continue }
            var subfolders: [String] = []
            for name in names {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                visit(path, name: name, seen: &seen, subfolders: &subfolders, listing: &listing)
            }
            pending += subfolders.reversed()
        }
        listing.files.sort()
        return listing
    }

    /// Sorts one entry into a file to read, a folder to walk, or a problem.
    private static func visit(_ path: String, name: String, seen: inout Set<FolderKey>, subfolders: inout [String],
                              listing: inout Listing) {
        let isText = name.lowercased().hasSuffix(".txt")
        var own = stat()
        guard lstat(path, &own) == 0 else {
            listing.problems.append(InputError(path: path, reason: "cannot read (\(FileReader.describe(errno)))"))
            return
        }
        let isLink = (own.st_mode & S_IFMT) == S_IFLNK
        var target = own
        if isLink, stat(path, &target) != 0 {
            if isText { listing.problems.append(InputError(path: path, reason: "a symbolic link that leads nowhere")) }
            return
        }
        let kind = target.st_mode & S_IFMT
        if kind == S_IFDIR {
            let key = FolderKey(device: UInt64(target.st_dev), inode: UInt64(target.st_ino))
            guard seen.insert(key).inserted else {
                listing.problems.append(InputError(
                    path: path, reason: "a link to a folder already read (a cycle or a second path to it); skipped"))
                return
            }
            subfolders.append(path)
        } else if isText, kind == S_IFREG || kind == S_IFIFO || kind == S_IFCHR {
            listing.files.append(path)
        }
    }

    /// The names in `folder`, sorted, without `.` and `..`; `nil` (and a problem) when it cannot be opened.
    private static func entries(of folder: String, problems: inout [InputError]) -> [String]? {
        guard let handle = opendir(folder) else {
            problems.append(InputError(path: folder, reason: "cannot read the folder (\(FileReader.describe(errno)))"))
            return nil
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            let name = String(decoding: raw, as: UTF8.self)
            guard Array(name.utf8) == raw else {
                problems.append(InputError(path: folder + "/" + name, reason: "a name that is not UTF-8; skipped"))
                continue
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
