using SlmAssistant.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("slm");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Ingest documents into the knowledge store.")
        .WithExample("ingest", "knowledge/", "--sync");
    config.AddCommand<SearchCommand>("search").WithDescription("Hybrid keyword + vector search with citations.")
        .WithExample("search", "\"restocking fee\"", "--top", "3");
    config.AddCommand<AskCommand>("ask").WithDescription("Answer a question from the knowledge, with citations.")
        .WithExample("ask", "\"How long do I have to return a laptop?\"");
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Measure retrieval, answers and routing on evaluation data.");
        eval.AddCommand<EvalRetrievalCommand>("retrieval").WithDescription("nDCG@10 / recall / MRR on a BEIR data set, indexed through the pipeline.");
        eval.AddCommand<EvalScopeCommand>("scope").WithDescription("Out-of-scope detection on CLINC150 or any labelled data set.");
        eval.AddCommand<EvalQuestionsCommand>("questions").WithDescription("recall@5 / MRR (and answers) on the repository's own questions.");
    });
    config.AddCommand<StatsCommand>("stats").WithDescription("Answered locally vs escalated, spend, and savings against an all-cloud deployment.");
    config.AddBranch("admin", admin =>
    {
        admin.SetDescription("Admin console accounts.");
        admin.AddCommand<AdminAddUserCommand>("add-user").WithDescription("Create or update an admin account (asks for the password).");
    });
    config.AddBranch("conversations", conversations =>
    {
        conversations.SetDescription("The bot's stored conversations.");
        conversations.AddCommand<ConversationsPurgeCommand>("purge").WithDescription("Delete transcripts, answers and feedback from before a date.")
            .WithExample("conversations", "purge", "--before", "2026-01-01");
    });
    config.AddBranch("teams", teams =>
    {
        teams.SetDescription("Microsoft Teams.");
        teams.AddCommand<TeamsPackageCommand>("package").WithDescription("Write the Teams app package for the bot.");
    });
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Benchmarks against this machine.");
        bench.AddCommand<BenchRouteCommand>("route").WithDescription("Router latency per question and its share of the whole answer time.");
        bench.AddCommand<BenchGenerateCommand>("generate").WithDescription("Local model tokens/s and time to first token: the product's chat client against a bare generator loop.");
        bench.AddCommand<BenchChatCommand>("chat").WithDescription("Concurrent Direct Line conversations against a running server (loopback only).");
        bench.AddCommand<BenchFaultsCommand>("faults").WithDescription("Kill -9 `slm ingest` at random moments, check the store, rerun to completion.")
            .WithExample("bench", "faults", "--knowledge", "knowledge/", "--iterations", "50");
    });
    config.AddBranch("model", model =>
    {
        model.SetDescription("Local language models (ONNX Runtime GenAI).");
        model.AddCommand<ModelPullCommand>("pull").WithDescription("Download a model folder from the Hugging Face hub.");
        model.AddCommand<ModelCreateTinyCommand>("create-tiny").WithDescription("Write a tiny test model folder.");
    });
    config.AddBranch("finetune", finetune =>
    {
        finetune.SetDescription("Domain fine-tuning of the local model (LoRA adapters).");
        finetune.AddCommand<FinetuneDatasetCommand>("dataset").WithDescription("Write a domain's chat JSONL data set (train/validation by document) and its card.");
        finetune.AddCommand<FinetuneJobCommand>("job").WithDescription("Write a LoRA training job folder for a GPU box, matched to the ONNX build's adapter inputs.")
            .WithExample("finetune", "job", "--dataset", "ft/data", "--base", "microsoft/Phi-3.5-mini-instruct", "--onnx", "models/phi", "--out", "ft/job");
        finetune.AddCommand<FinetuneImportCommand>("import").WithDescription("Check a job's adapters against the model and register them as candidates.")
            .WithExample("finetune", "import", "ft/job/output", "--model", "models/phi");
    });
});

return await app.RunAsync(args);
