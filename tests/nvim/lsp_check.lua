-- Drives `convexkit lsp` from headless Neovim (0.7+) on a project and records what the
-- client saw into $RESULT as JSON. Inputs: $CONVEXKIT (binary), $PROJECT, $FILE (relative).
local results = {}
local function record(key, value) results[key] = value end

local function finish()
  local file = io.open(vim.env.RESULT, "w")
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local project = vim.env.PROJECT
  local client_id = vim.lsp.start_client({
    cmd = { vim.env.CONVEXKIT, "lsp" },
    root_dir = project,
    name = "convexkit",
  })
  record("started", client_id ~= nil)
  vim.cmd("edit " .. project .. "/" .. vim.env.FILE)
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function codes()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(found, { code = code, lnum = d.lnum, col = d.col, source = d.source })
    end
    return found
  end
  local function has(code)
    for _, d in ipairs(codes()) do if d.code == code then return true end end
    return false
  end

  record("diagnostics_arrived", vim.wait(30000, function() return has("unknown-component") end, 50))
  record("diagnostics", codes())

  -- Position of `rateLimiter` in `components.rateLimiter` (UTF-16 columns, 0-based).
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local target
  for i, line in ipairs(lines) do
    local s = line:find("components%.rateLimiter")
    if s then target = { line = i - 1, character = s - 1 + #"components." + 2 } break end
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = target }

  local hover = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 10000)
  local hover_text = ""
  for _, response in pairs(hover or {}) do
    if response.result then hover_text = response.result.contents.value end
  end
  record("hover", hover_text)

  local completion_params = { textDocument = params.textDocument, position = { line = target.line, character = target.character - 2 } }
  local completion = vim.lsp.buf_request_sync(bufnr, "textDocument/completion", completion_params, 10000)
  local labels = {}
  for _, response in pairs(completion or {}) do
    for _, item in ipairs(response.result or {}) do table.insert(labels, item.label) end
  end
  record("completion", labels)

  local definition = vim.lsp.buf_request_sync(bufnr, "textDocument/definition", params, 10000)
  for _, response in pairs(definition or {}) do
    if response.result then record("definition", { uri = response.result.uri, line = response.result.range.start.line }) end
  end

  -- Fix the typo in the buffer: Neovim sends the change, the diagnostic must go away.
  for i, line in ipairs(lines) do
    if line:find("leaderbord") then
      local fixed = line:gsub("leaderbord", "leaderboard")
      vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { fixed })
    end
  end
  record("cleared", vim.wait(30000, function() return not has("unknown-component") end, 50))
  vim.lsp.stop_client(client_id)
end)
if not ok then record("error", tostring(err)) end
finish()
