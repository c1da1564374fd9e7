return Tendinopathy.Rules.Cli.CliApp.Run(args, Console.Out, Console.Error);
