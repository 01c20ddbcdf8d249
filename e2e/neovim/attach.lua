-- Run by e2e/neovim/run.mjs inside `nvim --headless`: attaches aichips-lsp to the Markdown buffer that is
-- open, waits for its diagnostics, asks for a hover on "H20", writes what it saw as JSON and quits.
-- Written for Neovim 0.7 (Debian 12): vim.lsp.start_client + buf_attach_client (vim.lsp.start is 0.8+).
local out = os.getenv('AICHIPS_RESULT')
local result = { errors = {} }

local function finish(code)
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client_id = vim.lsp.start_client({
    name = 'aichips',
    cmd = { os.getenv('AICHIPS_NODE'), os.getenv('AICHIPS_LSP'), '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { aichips = { factCheck = { enabled = true } } },
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(bufnr, client_id)

  result.diagnosticsArrived = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 100)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, code = d.code, source = d.source })
  end

  -- The first "H20" of the buffer (0-based line and byte column, as the LSP position wants for ASCII lines).
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find('H20', 1, true)
    if col then
      result.hoverAt = { line = i - 1, character = col }
      break
    end
  end
  assert(result.hoverAt, 'no "H20" in the buffer')
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    position = result.hoverAt,
  }, 10000)
  for _, response in pairs(responses or {}) do
    if response.err then table.insert(result.errors, vim.inspect(response.err)) end
    if response.result then result.hover = response.result.contents end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish(ok and 0 or 1)
