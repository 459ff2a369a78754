"""Settings → Model providers: the provider list, tokens, API host, links and models."""
