/// An error the user can act on: an input, data file or output folder that is missing or bad.
///
/// Its description names the file (and the byte or line where there is one). The command line
/// turns every `WenxiError` into exit status 1 in one place; other errors are faults of the program.
public protocol WenxiError: Error, CustomStringConvertible {}

extension InputError: WenxiError {}
extension DataFileError: WenxiError {}
