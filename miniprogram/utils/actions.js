// What the person looking at a request may do with it now. The server works this out from the
// process model and sends it as `allowedActions` on every request it returns; the mini program never
// derives it from the status, because a manager may change the model without a new release.

// The contract's action names are lower camel case words (`review`, `accept`, ...). Anything else
// is ignored rather than turned into an object key.
const ACTION_NAME = /^[a-z][A-Za-z]*$/

/** {cancel: true, rate: true} from `allowedActions`; names this version has no button for do no harm. */
function allowedActions(request) {
  const names = request && Array.isArray(request.allowedActions) ? request.allowedActions : []
  const can = {}
  names.forEach(name => {
    if (typeof name === 'string' && ACTION_NAME.test(name)) can[name] = true
  })
  return can
}

module.exports = { allowedActions }
