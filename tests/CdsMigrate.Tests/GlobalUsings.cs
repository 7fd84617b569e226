global using Xunit;
global using CdsMigrate.Core;
