-- The receiving side of the photo journey: waits for a photo from the sender, downloads it and
-- counts the updateFile progress it sees. Prints one line per step. args: SENDER_ID
local sender = tonumber(arg[1])
local photo_file, caption
local progress, done = 0, nil

on("updateNewMessage", function(u)
  local m = u.message
  if m.chat_id == sender and m.content._ == "messagePhoto" then
    local sizes = m.content.photo.sizes
    photo_file = sizes[#sizes].photo
    caption = m.content.caption
  end
end)
on("updateFile", function(u)
  local f = u.file
  if photo_file and f.id == photo_file.id then
    if f.is_being_downloaded and f.local_size > 0 and f.local_size < f.size then progress = progress + 1 end
    if not f.is_being_downloaded and f.local_size == f.size then done = f end
  end
end)

local waitFor = require("wait")

print("receiver ready")
waitFor(function() return photo_file end, "the photo")
print("got photo: " .. caption .. ", " .. photo_file.size .. " bytes, downloaded " .. photo_file.local_size)
check(downloadFile({file_id = photo_file.id, priority = 1}))
waitFor(function() return done end, "the download")
print("downloaded: " .. done.local_size .. " bytes" .. (progress > 0 and ", with progress updates" or ", no progress"))
local again = check(getFile({file_id = photo_file.id}))
print("local copy: " .. tostring(again.path ~= "" and again.local_size == again.size))
local byPersistent = check(getFilePersistent({persistent_file_id = photo_file.persistent_id}))
print("same file by persistent id: " .. tostring(byPersistent.id == photo_file.id))
stop()
