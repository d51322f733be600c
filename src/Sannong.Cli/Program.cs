using Sannong.Cli;

// The entry point: everything lives in SannongCli so that tests can run commands in-process. Progress is drawn on
// standard error only when it is a terminal, never into a file or a pipe.
return SannongCli.Run(args, CliContext.ForProcess());
