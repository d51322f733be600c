using System;
using Sannong.Cli;

// The entry point: everything lives in SannongCli so that tests can run commands in-process.
return SannongCli.Run(args, Console.Out, Console.Error);
