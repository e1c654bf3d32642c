import Foundation
import StrategyCLI

exit(BenchCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard()))
