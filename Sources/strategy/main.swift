import StrategyCLI
import Foundation

exit(StrategyCLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
