global using SlmAssistant.Bot.Tests.Infrastructure;
