package com.siglume.sdrp.spring.ai.mcp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An agent application whose payment tools are on Spring AI's MCP server. */
@SpringBootApplication
public class McpAgentApplication {
}
