-- The sending side of the photo journey: uploads a local file with uploadFile, follows its
-- progress, then sends it as a photo with a caption. The session is logged in already.
-- args: RECEIVER_ID FILE
local receiver, file = tonumber(arg[1]), arg[2]
check(createPrivateChat({user_id = receiver}))

local id, progress, uploaded = nil, 0, false
on("updateFile", function(u)
  local f = u.file
  if f.id ~= id then return end
  if f.is_being_uploaded and f.remote_size > 0 then progress = progress + 1 end
  if not f.is_being_uploaded and f.remote_size == f.size then uploaded = true end
end)

local f = check(uploadFile({file = {_ = "inputFileLocal", path = file}, file_type = {_ = "fileTypePhoto"}, priority = 1}))
id = f.id
print("uploading: " .. f.size .. " bytes")
for _ = 1, 1200 do
  if uploaded then break end
  sleep(0.025)
end
assert(uploaded, "the upload did not finish")
print("uploaded" .. (progress > 0 and ", with progress updates" or ", no progress"))
local m = check(sendMessage({chat_id = receiver, input_message_content = {
  _ = "inputMessagePhoto", photo = {_ = "inputFileId", id = id}, width = 800, height = 600, caption = "a cat"}}))
print("sent: " .. m.content._ .. " " .. m.content.caption)
stop()
