/**
 * A worker thread of the pool (see pool.ts): does the job it is started with
 * on each article it is sent, and answers with the outcome.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {type Job, type Task, articleWorker} from './article.js'

const port = parentPort
if (!port) throw new Error('factbox: worker.js runs as a worker thread of the factbox command')
const work = articleWorker(workerData as Job)
port.on('message', (task: Task) => {
  void work(task).then((outcome) => port.postMessage(outcome))
})
